package org.sleecharging.container.internal.kernel;

import javax.management.ObjectName;
import javax.slee.InvalidArgumentException;
import javax.slee.InvalidStateException;
import javax.slee.SbbID;
import javax.slee.management.DependencyException;
import javax.slee.management.LinkNameAlreadyBoundException;
import javax.slee.management.ManagementException;
import javax.slee.management.ResourceAdaptorEntityAlreadyExistsException;
import javax.slee.management.ResourceAdaptorEntityState;
import javax.slee.management.ResourceManagementMBean;
import javax.slee.management.UnrecognizedLinkNameException;
import javax.slee.management.UnrecognizedResourceAdaptorEntityException;
import javax.slee.management.UnrecognizedResourceAdaptorException;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.InvalidConfigurationException;
import javax.slee.resource.ResourceAdaptorID;
import org.sleecharging.container.internal.ra.ResourceAdaptorEntities;

/** The JAIN SLEE 1.1 ResourceManagementMBean over the RA entities. */
final class ResourceManagement implements ResourceManagementMBean {
  private final ResourceAdaptorEntities entities;

  ResourceManagement(ResourceAdaptorEntities entities) {
    this.entities = entities;
  }

  @Override
  public ConfigProperties getConfigurationProperties(ResourceAdaptorID id)
      throws UnrecognizedResourceAdaptorException, ManagementException {
    return entities.getConfigurationProperties(id);
  }

  @Override
  public ConfigProperties getConfigurationProperties(String entityName)
      throws UnrecognizedResourceAdaptorEntityException {
    return entities.getConfigurationProperties(entityName);
  }

  @Override
  public void createResourceAdaptorEntity(ResourceAdaptorID id, String entityName,
      ConfigProperties properties) throws InvalidArgumentException,
      UnrecognizedResourceAdaptorException, ResourceAdaptorEntityAlreadyExistsException,
      InvalidConfigurationException, ManagementException {
    entities.createResourceAdaptorEntity(id, entityName, properties);
  }

  @Override
  public void removeResourceAdaptorEntity(String entityName)
      throws UnrecognizedResourceAdaptorEntityException, InvalidStateException,
      DependencyException {
    entities.removeResourceAdaptorEntity(entityName);
  }

  @Override
  public void updateConfigurationProperties(String entityName, ConfigProperties properties)
      throws UnrecognizedResourceAdaptorEntityException, InvalidStateException,
      InvalidConfigurationException {
    entities.updateConfigurationProperties(entityName, properties);
  }

  @Override
  public ResourceAdaptorID getResourceAdaptor(String entityName)
      throws UnrecognizedResourceAdaptorEntityException {
    return entities.getResourceAdaptor(entityName);
  }

  @Override
  public void activateResourceAdaptorEntity(String entityName)
      throws UnrecognizedResourceAdaptorEntityException, InvalidStateException,
      ManagementException {
    entities.activateResourceAdaptorEntity(entityName);
  }

  @Override
  public void deactivateResourceAdaptorEntity(String entityName)
      throws UnrecognizedResourceAdaptorEntityException, InvalidStateException,
      ManagementException {
    entities.deactivateResourceAdaptorEntity(entityName);
  }

  @Override
  public ResourceAdaptorEntityState getState(String entityName)
      throws UnrecognizedResourceAdaptorEntityException {
    return entities.getState(entityName);
  }

  @Override
  public String[] getResourceAdaptorEntities() {
    return entities.getResourceAdaptorEntities();
  }

  @Override
  public String[] getResourceAdaptorEntities(ResourceAdaptorID id)
      throws UnrecognizedResourceAdaptorException {
    return entities.getResourceAdaptorEntities(id);
  }

  @Override
  public String[] getResourceAdaptorEntities(ResourceAdaptorEntityState state) {
    return entities.getResourceAdaptorEntities(state);
  }

  @Override
  public void bindLinkName(String entityName, String linkName) throws InvalidArgumentException,
      UnrecognizedResourceAdaptorEntityException, LinkNameAlreadyBoundException {
    entities.bindLinkName(entityName, linkName);
  }

  @Override
  public void unbindLinkName(String linkName) throws UnrecognizedLinkNameException {
    entities.unbindLinkName(linkName);
  }

  @Override
  public String[] getLinkNames() {
    return entities.getLinkNames();
  }

  @Override
  public String[] getLinkNames(String entityName) throws UnrecognizedResourceAdaptorEntityException {
    return entities.getLinkNames(entityName);
  }

  @Override
  public SbbID[] getBoundSbbs(String linkName) throws UnrecognizedLinkNameException {
    return entities.getBoundSbbs(linkName);
  }

  @Override
  public String getResourceAdaptorEntity(String linkName) throws UnrecognizedLinkNameException {
    return entities.getResourceAdaptorEntity(linkName);
  }

  @Override
  public String[] getResourceAdaptorEntities(String[] linkNames) {
    return entities.getResourceAdaptorEntities(linkNames);
  }

  @Override
  public ObjectName getResourceUsageMBean(String entityName) throws ManagementException {
    throw new ManagementException(
        "resource usage MBeans are not provided by the embedded container; read usage through "
            + "EmbeddedSlee.inspect()");
  }
}
