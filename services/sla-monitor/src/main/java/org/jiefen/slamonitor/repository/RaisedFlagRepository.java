package org.jiefen.slamonitor.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jiefen.slamonitor.domain.RaisedFlag;

@ApplicationScoped
public class RaisedFlagRepository implements PanacheRepositoryBase<RaisedFlag, RaisedFlag.Key> {}
