package cn.jinan.care.domain.audit;

import cn.jinan.care.domain.shared.AuditActor;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the acting user. */
public class RevisionUserListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).setUsername(AuditActor.current());
    }
}
