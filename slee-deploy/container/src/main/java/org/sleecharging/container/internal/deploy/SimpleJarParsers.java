package org.sleecharging.container.internal.deploy;

import java.util.ArrayList;
import java.util.List;
import javax.slee.EventTypeID;
import javax.slee.management.LibraryID;
import javax.slee.resource.ResourceAdaptorTypeID;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.sleecharging.container.internal.model.EventTypeDescriptor;
import org.sleecharging.container.internal.model.LibraryDescriptor;
import org.sleecharging.container.internal.model.RaTypeDescriptor;
import org.w3c.dom.Element;

/** Parsers for library-jar.xml, event-jar.xml and resource-adaptor-type-jar.xml. */
final class SimpleJarParsers {

  private SimpleJarParsers() {}

  static List<ComponentDescriptor> libraries(Element root, DescriptorFile file) {
    List<ComponentDescriptor> out = new ArrayList<>();
    for (Element lib : Dom.children(root, "library")) {
      LibraryID id =
          new LibraryID(
              Dom.text(lib, "library-name"),
              Dom.text(lib, "library-vendor"),
              Dom.text(lib, "library-version"));
      List<String> jars =
          Dom.children(lib, "jar").stream().map(j -> Dom.text(j, "jar-name")).toList();
      out.add(
          new LibraryDescriptor(
              id, file.at("library"), Dom.description(lib), Dom.libraryRefs(lib), jars));
    }
    return out;
  }

  /** The jar-level library-refs of event-jar.xml apply to every event definition in it. */
  static List<ComponentDescriptor> eventTypes(Element root, DescriptorFile file) {
    List<LibraryID> libraryRefs = Dom.libraryRefs(root);
    List<ComponentDescriptor> out = new ArrayList<>();
    for (Element def : Dom.children(root, "event-definition")) {
      EventTypeID id =
          new EventTypeID(
              Dom.text(def, "event-type-name"),
              Dom.text(def, "event-type-vendor"),
              Dom.text(def, "event-type-version"));
      out.add(
          new EventTypeDescriptor(
              id,
              file.at("event-definition"),
              Dom.description(def),
              libraryRefs,
              Dom.text(def, "event-class-name")));
    }
    return out;
  }

  static List<ComponentDescriptor> raTypes(Element root, DescriptorFile file) {
    List<ComponentDescriptor> out = new ArrayList<>();
    for (Element type : Dom.children(root, "resource-adaptor-type")) {
      ResourceAdaptorTypeID id =
          new ResourceAdaptorTypeID(
              Dom.text(type, "resource-adaptor-type-name"),
              Dom.text(type, "resource-adaptor-type-vendor"),
              Dom.text(type, "resource-adaptor-type-version"));
      Element classes = Dom.required(type, "resource-adaptor-type-classes");
      List<String> activityTypes =
          Dom.children(classes, "activity-type").stream()
              .map(a -> Dom.text(a, "activity-type-name"))
              .toList();
      String aciFactory =
          Dom.child(classes, "activity-context-interface-factory-interface")
              .map(e -> Dom.text(e, "activity-context-interface-factory-interface-name"))
              .orElse(null);
      String raInterface =
          Dom.child(classes, "resource-adaptor-interface")
              .map(e -> Dom.text(e, "resource-adaptor-interface-name"))
              .orElse(null);
      List<EventTypeID> events =
          Dom.children(type, "event-type-ref").stream().map(Dom::eventTypeRef).toList();
      out.add(
          new RaTypeDescriptor(
              id,
              file.at("resource-adaptor-type"),
              Dom.description(type),
              Dom.libraryRefs(type),
              activityTypes,
              aciFactory,
              raInterface,
              events));
    }
    return out;
  }
}
