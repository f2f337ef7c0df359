package org.sleecharging.arquillian.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.slee.ServiceID;
import org.sleecharging.arquillian.ActivateService;
import org.sleecharging.arquillian.InvalidDeclarationException;
import org.sleecharging.arquillian.ResourceAdaptorEntity;

/** Reads {@link ResourceAdaptorEntity} and {@link ActivateService} from a deployment method. */
public final class AnnotationDeclarations {

  private AnnotationDeclarations() {}

  public static Declarations of(Method deploymentMethod) {
    String where = deploymentMethod.getDeclaringClass().getSimpleName() + "."
        + deploymentMethod.getName() + "()";
    List<EntityDeclaration> entities = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (ResourceAdaptorEntity a
        : deploymentMethod.getAnnotationsByType(ResourceAdaptorEntity.class)) {
      String source = "@ResourceAdaptorEntity(entity=\"" + a.entity() + "\") on " + where;
      List<PropertySetting> properties = new ArrayList<>();
      for (String p : a.properties()) {
        properties.add(PropertySetting.parse(p, source));
      }
      if (!names.add(a.entity())) {
        throw new InvalidDeclarationException(source, a.entity(), "is declared twice");
      }
      entities.add(new EntityDeclaration(a.entity(), ComponentIds.resourceAdaptor(a.ra(), source),
          properties, Arrays.asList(a.link()), source));
    }
    List<ServiceID> services = new ArrayList<>();
    boolean all = false;
    for (ActivateService a : deploymentMethod.getAnnotationsByType(ActivateService.class)) {
      if (a.value().equals("*")) {
        all = true;
      } else {
        services.add(ComponentIds.service(a.value(), "@ActivateService on " + where));
      }
    }
    return new Declarations(entities, services, all);
  }
}
