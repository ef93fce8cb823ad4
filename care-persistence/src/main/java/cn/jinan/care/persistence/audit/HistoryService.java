package cn.jinan.care.persistence.audit;

import cn.jinan.care.domain.audit.Revision;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.user.UserAccount;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change history from the Envers audit tables: each revision of a record compared with the one before it. The caller
 * checks scope on the current record before asking.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class HistoryService {

    private final EntityManager entityManager;

    public List<Change> ofMember(long id) {
        return history(Member.class, id, HistoryService::memberFields);
    }

    public List<Change> ofOrganization(long id) {
        return history(Organization.class, id, o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", o.getCode());
            m.put("name", o.getName());
            m.put("level", o.getLevel());
            m.put("sortOrder", o.getSortOrder());
            m.put("active", o.isActive());
            return m;
        });
    }

    public List<Change> ofUser(long id) {
        return history(UserAccount.class, id, u -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("username", u.getUsername());
            m.put("displayName", u.getDisplayName());
            m.put("role", u.getRole());
            m.put("organization", u.getOrganization() == null ? null : u.getOrganization().getName());
            m.put("enabled", u.isEnabled());
            m.put("mustChangePassword", u.isMustChangePassword());
            m.put("counselingPermission", u.isCounselingPermission());
            return m;
        });
    }

    public List<Change> ofTalk(long id) {
        return history(cn.jinan.care.domain.talk.Talk.class, id, t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", t.getDate());
            m.put("talkKind", t.getKind());
            m.put("talkerName", t.getTalkerName());
            m.put("talkerPost", t.getTalkerPost());
            m.put("place", t.getPlace());
            m.put("summary", t.getSummary());
            return m;
        });
    }

    public List<Change> ofVisit(long id) {
        return history(cn.jinan.care.domain.visit.Visit.class, id, v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", v.getDate());
            m.put("visitKind", v.getKind());
            m.put("visitors", v.getVisitors());
            m.put("familyVisited", v.isFamilyVisited());
            m.put("money", v.getMoney());
            m.put("goods", v.getGoods());
            m.put("goodsValue", v.getGoodsValue());
            m.put("fundingSource", v.getFundingSource());
            m.put("notes", v.getNotes());
            return m;
        });
    }

    public List<Change> ofStudyRecord(long id) {
        return history(cn.jinan.care.domain.training.StudyRecord.class, id, r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", r.getDate());
            m.put("hours", r.getHours());
            m.put("studyKind", r.getKind());
            m.put("course", r.getCourse());
            return m;
        });
    }

    public List<Change> ofExemption(long id) {
        return history(cn.jinan.care.domain.exemption.Exemption.class, id, e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", e.getYear());
            m.put("rule", e.getRule() == null ? null : e.getRule().code());
            m.put("exemptionReason", e.getReason());
            m.put("reasonText", e.getReasonText());
            m.put("approvedBy", e.getApprovedBy());
            return m;
        });
    }

    public List<Change> ofLecture(long id) {
        return history(cn.jinan.care.domain.lecture.Lecture.class, id, l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("speaker", l.getSpeaker() == null ? null : l.getSpeaker().getName());
            m.put("venue", l.getVenue() == null ? null : l.getVenue().getName());
            m.put("date", l.getDate());
            m.put("topic", l.getTopic());
            m.put("audienceSize", l.getAudienceSize());
            return m;
        });
    }

    private static Map<String, Object> memberFields(Member m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("organization", m.getOrganization() == null ? null : m.getOrganization().getName());
        f.put("name", m.getName());
        f.put("gender", m.getGender());
        f.put("ethnicity", m.getEthnicity());
        f.put("idNumber", m.getIdNumber() == null ? null : m.getIdNumber().masked());
        f.put("birthDate", m.getBirthDate());
        f.put("phone", m.getPhone());
        f.put("admittedDate", m.getAdmittedDate());
        f.put("fullMemberDate", m.getFullMemberDate());
        f.put("category", m.getCategory());
        f.put("status", m.getStatus());
        f.put("statusDate", m.getStatusDate());
        f.put("leadingCadre", m.isLeadingCadre());
        f.put("grassroots", m.isGrassroots());
        f.put("household", m.getHousehold());
        f.put("retired", m.isRetired());
        f.put("withoutPension", m.isWithoutPension());
        f.put("delegateLevel", m.getDelegateLevel());
        f.put("streetStaff", m.isStreetStaff());
        return f;
    }

    /**
     * The history of any audited entity, newest first, as the fields the caller picks from each revision (named as
     * the {@code field.<name>} message keys the history page shows). The caller checks scope first.
     */
    public <T> List<Change> of(Class<T> type, long id, Function<T, Map<String, Object>> fields) {
        return history(type, id, fields);
    }

    /** Newest first. */
    private <T> List<Change> history(Class<T> type, long id, Function<T, Map<String, Object>> fields) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Change> changes = new ArrayList<>(rows.size());
        Map<String, Object> previous = Map.of();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T entity = (T) row[0];
            Revision revision = (Revision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            Map<String, Object> current = revisionType == RevisionType.DEL ? Map.of() : fields.apply(entity);
            List<Change.FieldChange> diffs = new ArrayList<>();
            for (String field : union(previous, current)) {
                Object before = previous.get(field);
                Object after = current.get(field);
                if (!Objects.equals(before, after)) {
                    diffs.add(new Change.FieldChange(field, before, after));
                }
            }
            Change.Kind kind = switch (revisionType) {
                case ADD -> Change.Kind.CREATED;
                case MOD -> Change.Kind.CHANGED;
                case DEL -> Change.Kind.DELETED;
            };
            if (!diffs.isEmpty() || kind != Change.Kind.CHANGED) {
                changes.add(new Change(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()),
                        revision.getUsername(), kind, diffs));
            }
            previous = current;
        }
        Collections.reverse(changes);
        return changes;
    }

    private static List<String> union(Map<String, Object> a, Map<String, Object> b) {
        List<String> keys = new ArrayList<>(b.keySet());
        a.keySet().stream().filter(k -> !b.containsKey(k)).forEach(keys::add);
        return keys;
    }

    public List<Change> ofCampaign(long id) {
        return history(cn.jinan.care.domain.campaign.VisitCampaign.class, id, c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("campaignName", c.getName());
            m.put("campaignWindowStart", c.getWindowStart());
            m.put("campaignWindowEnd", c.getWindowEnd());
            m.put("campaignTargets", c.getTargets().isEmpty() ? null
                    : c.getTargets().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
            m.put("campaignMinAge", c.getMinAge());
            m.put("campaignCustomMembers", c.getCustomMembers().isEmpty() ? null : c.getCustomMembers().size());
            m.put("campaignStandardAmount", c.getStandardAmount());
            m.put("fundingSource", c.getFundingSource());
            m.put("campaignStatus", c.getStatus());
            m.put("notes", c.getNotes());
            return m;
        });
    }

    public List<Change> ofSubsidyPayment(long id) {
        return history(cn.jinan.care.domain.oldmember.SubsidyPayment.class, id, p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subsidyPeriodKind", p.getPeriodKind());
            m.put("subsidyPeriodStart", p.getPeriodStart());
            m.put("subsidyAmount", p.getAmount());
            m.put("fundingSource", p.getFundingSource());
            m.put("subsidyPaidOn", p.getPaidOn());
            m.put("note", p.getNote());
            return m;
        });
    }

    public List<Change> ofSubsidyStandard(long id) {
        return history(cn.jinan.care.domain.oldmember.SubsidyStandard.class, id, s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", s.getYear());
            m.put("subsidyMonthlyAmount", s.getMonthlyAmount());
            m.put("fundingSource", s.getFundingSource());
            m.put("note", s.getNote());
            return m;
        });
    }

    public List<Change> ofHardship(long id) {
        return history(cn.jinan.care.domain.hardship.HardshipRecord.class, id, r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hardshipCategories", r.getCategories().isEmpty() ? null
                    : r.getCategories().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
            m.put("hardshipSince", r.getSince());
            m.put("hardshipSituation", r.getSituation());
            m.put("hardshipNeeds", r.getNeeds());
            m.put("nextReviewDate", r.getNextReviewDate());
            m.put("lastReviewedOn", r.getLastReviewedOn());
            m.put("reviewNote", r.getReviewNote());
            m.put("closedOn", r.getClosedOn());
            m.put("closeReason", r.getCloseReason());
            return m;
        });
    }

    public List<Change> ofHealthCheck(long id) {
        return history(cn.jinan.care.domain.health.HealthCheck.class, id, h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", h.getYear());
            m.put("date", h.getDate());
            m.put("institution", h.getInstitution());
            m.put("majorRisk", h.isMajorRisk());
            m.put("findings", h.getFindings());
            m.put("followUpPlan", h.getFollowUpPlan());
            return m;
        });
    }

    public List<Change> ofAid(long id) {
        return history(cn.jinan.care.domain.hardship.HardshipAid.class, id, a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("aidStatus", a.getStatus());
            m.put("aidAppliedOn", a.getAppliedOn());
            m.put("aidAmount", a.getAmount());
            m.put("aidFundingSource", a.getFundingSource());
            m.put("aidPurpose", a.getPurpose());
            m.put("aidApprovedBy", a.getApprovedBy());
            m.put("aidApprovedOn", a.getApprovedOn());
            m.put("aidNoticeStart", a.getNoticeStart());
            m.put("aidNoticeEnd", a.getNoticeEnd());
            m.put("aidPaidOn", a.getPaidOn());
            m.put("aidRejectedOn", a.getRejectedOn());
            m.put("aidRejectReason", a.getRejectReason());
            return m;
        });
    }

    public List<Change> ofRecuperation(long id) {
        return history(cn.jinan.care.domain.recuperation.Recuperation.class, id, r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("recuperationPlace", r.getPlace());
            m.put("recuperationStart", r.getStartDate());
            m.put("recuperationEnd", r.getEndDate());
            m.put("recuperationWorkingDays", r.getWorkingDays());
            m.put("recuperationEscort", r.getEscort());
            m.put("recuperationCost", r.getCost());
            m.put("recuperationFunding", r.getFundingSource());
            m.put("recuperationNotes", r.getNotes());
            return m;
        });
    }

    public List<Change> ofCounseling(long id) {
        return history(cn.jinan.care.domain.counseling.CounselingCase.class, id, c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("referralDate", c.getReferralDate());
            m.put("referralSource", c.getReferralSource());
            m.put("counselingAssessment", c.getAssessment());
            m.put("counselingIntervention", c.getIntervention());
            m.put("counselingFollowUp", c.getFollowUp());
            m.put("counselingClosedOn", c.getClosedOn());
            return m;
        });
    }

    public List<Change> ofCasualtyCase(long id) {
        return history(cn.jinan.care.domain.casualty.CasualtyCase.class, id, c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("casualtyKind", c.getKind());
            m.put("casualtyEventDate", c.getEventDate());
            m.put("casualtyCause", c.getCause());
            m.put("casualtyDisabilityGrade", c.getDisabilityGrade());
            m.put("casualtyDisabilityDescription", c.getDisabilityDescription());
            m.put("casualtyMartyr", c.isMartyr());
            m.put("casualtyMartyrRecognisedOn", c.getMartyrRecognisedOn());
            m.put("casualtyMartyrDocument", c.getMartyrDocument());
            m.put("casualtyResponsiblePerson", c.getResponsiblePerson());
            m.put("casualtyResponsiblePhone", c.getResponsiblePhone());
            m.put("casualtyOpenedOn", c.getOpenedOn());
            m.put("casualtyNotes", c.getNotes());
            m.put("casualtyClosedOn", c.getClosedOn());
            m.put("casualtyCloseReason", c.getCloseReason());
            return m;
        });
    }

    public List<Change> ofHonor(long id) {
        return history(cn.jinan.care.domain.honor.Honor.class, id, h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("honorKind", h.getKind());
            m.put("year", h.getYear());
            m.put("honorTitle", h.getTitle());
            m.put("honorLevel", h.getLevel());
            m.put("honorAwardedOn", h.getAwardedOn());
            m.put("honorAwardingBody", h.getAwardingBody());
            m.put("honorDocumentNumber", h.getDocumentNumber());
            m.put("honorReward", h.getRewardAmount());
            m.put("honorFundingSource", h.getFundingSource());
            m.put("honorNotes", h.getNotes());
            return m;
        });
    }

    public List<Change> ofCasualtyFamilyMember(long id) {
        return history(cn.jinan.care.domain.casualty.CasualtyFamilyMember.class, id, f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("casualtyFamilyRelation", f.getRelation());
            m.put("casualtyFamilyName", f.getName());
            m.put("casualtyFamilyBirthYear", f.getBirthYear());
            m.put("casualtyFamilyIncomeSource", f.getIncomeSource());
            m.put("casualtyFamilyPension", f.getPension());
            m.put("casualtyFamilyMedical", f.getMedical());
            m.put("casualtyFamilySchoolingOrEmployment", f.getSchoolingOrEmployment());
            return m;
        });
    }

    public List<Change> ofCasualtyFollowUp(long id) {
        return history(cn.jinan.care.domain.casualty.CasualtyFollowUp.class, id, f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("casualtyFollowUpDate", f.getDate());
            m.put("casualtyFollowUpByWhom", f.getByWhom());
            m.put("casualtyFollowUpFindings", f.getFindings());
            m.put("casualtyHelpKind", f.getHelpKind());
            m.put("casualtyHelpGiven", f.getHelpGiven());
            m.put("casualtyHelpAmount", f.getAmount());
            m.put("casualtyHelpFundingSource", f.getFundingSource());
            return m;
        });
    }

    public List<Change> ofSanction(long id) {
        return history(cn.jinan.care.domain.sanction.Sanction.class, id, s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sanctionType", s.getType());
            m.put("sanctionDecidedOn", s.getDecidedOn());
            m.put("sanctionDecidingBody", s.getDecidingBody());
            m.put("sanctionDocumentNumber", s.getDocumentNumber());
            m.put("sanctionProbationMonths", s.getProbationMonths());
            m.put("sanctionImpactUntil", s.getImpactUntil());
            m.put("sanctionGrounds", s.getGrounds());
            return m;
        });
    }
}
