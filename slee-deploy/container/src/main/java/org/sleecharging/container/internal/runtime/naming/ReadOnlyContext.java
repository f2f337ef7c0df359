package org.sleecharging.container.internal.runtime.naming;

import java.util.Hashtable;
import javax.naming.CompositeName;
import javax.naming.Context;
import javax.naming.Name;
import javax.naming.NameParser;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.OperationNotSupportedException;

/** A read-only JNDI context: SBB environments may only be looked up (JSLEE 1.1 §6.13). */
abstract class ReadOnlyContext implements Context {
  private static final NameParser PARSER = CompositeName::new;

  @Override
  public Object lookup(Name name) throws NamingException {
    return lookup(name.toString());
  }

  private static NamingException readOnly() {
    return new OperationNotSupportedException("the SBB JNDI environment is read-only");
  }

  @Override
  public void bind(Name name, Object obj) throws NamingException {
    throw readOnly();
  }

  @Override
  public void bind(String name, Object obj) throws NamingException {
    throw readOnly();
  }

  @Override
  public void rebind(Name name, Object obj) throws NamingException {
    throw readOnly();
  }

  @Override
  public void rebind(String name, Object obj) throws NamingException {
    throw readOnly();
  }

  @Override
  public void unbind(Name name) throws NamingException {
    throw readOnly();
  }

  @Override
  public void unbind(String name) throws NamingException {
    throw readOnly();
  }

  @Override
  public void rename(Name oldName, Name newName) throws NamingException {
    throw readOnly();
  }

  @Override
  public void rename(String oldName, String newName) throws NamingException {
    throw readOnly();
  }

  @Override
  public NamingEnumeration<javax.naming.NameClassPair> list(Name name) throws NamingException {
    return list(name.toString());
  }

  @Override
  public NamingEnumeration<javax.naming.NameClassPair> list(String name) throws NamingException {
    throw new OperationNotSupportedException("listing the SBB JNDI environment is not supported");
  }

  @Override
  public NamingEnumeration<javax.naming.Binding> listBindings(Name name) throws NamingException {
    return listBindings(name.toString());
  }

  @Override
  public NamingEnumeration<javax.naming.Binding> listBindings(String name) throws NamingException {
    throw new OperationNotSupportedException("listing the SBB JNDI environment is not supported");
  }

  @Override
  public void destroySubcontext(Name name) throws NamingException {
    throw readOnly();
  }

  @Override
  public void destroySubcontext(String name) throws NamingException {
    throw readOnly();
  }

  @Override
  public Context createSubcontext(Name name) throws NamingException {
    throw readOnly();
  }

  @Override
  public Context createSubcontext(String name) throws NamingException {
    throw readOnly();
  }

  @Override
  public Object lookupLink(Name name) throws NamingException {
    return lookup(name);
  }

  @Override
  public Object lookupLink(String name) throws NamingException {
    return lookup(name);
  }

  @Override
  public NameParser getNameParser(Name name) {
    return PARSER;
  }

  @Override
  public NameParser getNameParser(String name) {
    return PARSER;
  }

  @Override
  public Name composeName(Name name, Name prefix) throws NamingException {
    return ((Name) prefix.clone()).addAll(name);
  }

  @Override
  public String composeName(String name, String prefix) {
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  @Override
  public Object addToEnvironment(String propName, Object propVal) {
    return null;
  }

  @Override
  public Object removeFromEnvironment(String propName) {
    return null;
  }

  @Override
  public Hashtable<?, ?> getEnvironment() {
    return new Hashtable<>();
  }

  @Override
  public void close() {}
}
