package cn.jinan.care.persistence.activity;

import cn.jinan.care.domain.activity.Activity;
import cn.jinan.care.domain.activity.ActivityDetails;
import cn.jinan.care.domain.activity.ActivityParticipant;
import cn.jinan.care.domain.activity.ActivityPosting;
import cn.jinan.care.domain.audit.Revision;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.audit.Change;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
import cn.jinan.care.persistence.shared.Versions;
import cn.jinan.care.persistence.training.StudyService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity register (第3、4、13、23条) within a data scope. An activity is in scope when its organizer is; its
 * participants come from the organizer's subtree. Posting a study activity's hours makes one study record per
 * participant and day through the study register and remembers each, so posting again adds nothing, and a member who
 * already had the same day and course keeps that record instead of a second one.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ActivityService {

    static final String SUBMISSION_TYPE = "ACTIVITY";

    private final ActivityRepository activities;
    private final ActivityParticipantRepository participants;
    private final ActivityPostingRepository postings;
    private final OrganizationService organizations;
    private final MemberService members;
    private final StudyService studies;
    private final HistoryService history;
    private final Submissions submissions;
    private final EntityManager entityManager;
    private final Clock clock;

    @Transactional
    public long record(DataScope scope, UUID token, long organizerId, ActivityDetails details,
            Collection<Long> memberIds) {
        Organization organizer = organizations.get(scope, organizerId);
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Activity activity = Activity.hold(organizer, details);
        List<Member> picked = picked(organizer, memberIds);
        activities.save(activity);
        for (Member m : picked) {
            participants.save(ActivityParticipant.of(activity, m));
        }
        submissions.created(token, activity.getId());
        return activity.getId();
    }

    /**
     * Corrects an activity and its participants. A participant whose hours were posted stays, and so do the kind,
     * title, days and hours once anything was posted.
     */
    @Transactional
    public Activity change(DataScope scope, long id, long expectedVersion, ActivityDetails details,
            Collection<Long> memberIds) {
        Activity activity = get(scope, id);
        Versions.require(activity, expectedVersion);
        List<ActivityPosting> posted = postings.findByActivity(id);
        activity.change(details, !posted.isEmpty());
        List<Member> picked = picked(activity.getOrganization(), memberIds);
        Set<Long> keep = new HashSet<>();
        picked.forEach(m -> keep.add(m.getId()));
        for (ActivityPosting p : posted) {
            if (!keep.contains(p.getMember().getId())) {
                throw DomainException.onField("memberIds", "activity.participant.posted", p.getMember().getName());
            }
        }
        List<ActivityParticipant> current = participants.findByActivity(id);
        Set<Long> have = new HashSet<>();
        for (ActivityParticipant p : current) {
            if (keep.contains(p.getMember().getId())) {
                have.add(p.getMember().getId());
            } else {
                participants.delete(p);
            }
        }
        for (Member m : picked) {
            if (!have.contains(m.getId())) {
                participants.save(ActivityParticipant.of(activity, m));
            }
        }
        return activity;
    }

    /**
     * Posts the study hours of a study activity that is over: for each participant and day not posted before, a
     * study record, or the member's own record of that day and course when there is one. Refused days (a day that
     * would hold more than 12 hours) are reported and stay unposted.
     */
    @Transactional
    public PostingResult postHours(DataScope scope, long id) {
        Activity activity = get(scope, id);
        LocalDate today = LocalDate.now(clock);
        if (!activity.getKind().isStudy()) {
            throw DomainException.of("activity.post.not-study");
        }
        if (!activity.canPostOn(today)) {
            throw DomainException.of("activity.post.not-over");
        }
        List<ActivityParticipant> people = participants.findByActivity(id);
        if (people.isEmpty()) {
            throw DomainException.of("activity.post.no-participants");
        }
        Set<String> done = new HashSet<>();
        for (ActivityPosting p : postings.findByActivity(id)) {
            done.add(p.getMember().getId() + "@" + p.getStudyDate());
        }
        int created = 0;
        int found = 0;
        int before = 0;
        List<PostingResult.Refusal> refused = new ArrayList<>();
        Instant now = Instant.now(clock);
        String by = AuditActor.current();
        for (ActivityParticipant person : people) {
            Member m = person.getMember();
            for (LocalDate day : activity.days()) {
                if (done.contains(m.getId() + "@" + day)) {
                    before++;
                    continue;
                }
                StudyService.Posted posted = studies.post(m, day, activity.getHoursPerDay(),
                        activity.getKind().studyKind().orElseThrow(), activity.getTitle());
                if (posted.record() == null) {
                    refused.add(new PostingResult.Refusal(m.getName(), day, posted.refusal()));
                    continue;
                }
                postings.save(ActivityPosting.of(activity, m, posted.record(), posted.created(), now, by));
                if (posted.created()) {
                    created++;
                } else {
                    found++;
                }
            }
        }
        return new PostingResult(created, found, before, refused);
    }

    public Activity get(DataScope scope, long id) {
        return activities.findInScope(id, scope.likePattern()).orElseThrow(() -> new NotFoundException("activity", id));
    }

    public Page<Activity> inScope(DataScope scope, ActivityFilter filter, Pageable pageable) {
        return activities.findInScope(scope.likePattern(), filter.kinds(), filter.from(), filter.to(), pageable);
    }

    public List<ActivityParticipant> participants(DataScope scope, long id) {
        get(scope, id);
        return participants.findByActivity(id);
    }

    public List<ActivityPosting> postings(DataScope scope, long id) {
        get(scope, id);
        return postings.findByActivity(id);
    }

    /** The members an activity of this organizer can pick from: the active roster of its subtree. */
    public List<Member> picker(Organization organizer) {
        return members.picker(DataScope.of(organizer));
    }

    /** The activity's changes and its participants' comings and goings, newest first. */
    public List<Change> history(DataScope scope, long id) {
        get(scope, id);
        Map<Long, Change> byRevision = new LinkedHashMap<>();
        for (Change c : history.of(Activity.class, id, a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("activityKind", a.getKind());
            m.put("activityTitle", a.getTitle());
            m.put("activityStart", a.getStartDate());
            m.put("activityEnd", a.getEndDate());
            m.put("activitySite", a.getSite());
            m.put("freeShuttle", a.isFreeShuttle());
            m.put("hoursPerDay", a.getHoursPerDay());
            m.put("activityNotes", a.getNotes());
            return m;
        })) {
            byRevision.put(c.revision(), c);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(ActivityParticipant.class, false, true)
                .add(AuditEntity.relatedId("activity").eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        for (Object[] row : rows) {
            ActivityParticipant p = (ActivityParticipant) row[0];
            Revision revision = (Revision) row[1];
            RevisionType type = (RevisionType) row[2];
            if (type == RevisionType.MOD) {
                continue;
            }
            String name = p.getMember() == null ? null : p.getMember().getName();
            boolean added = type == RevisionType.ADD;
            Change.FieldChange field = new Change.FieldChange("participant", added ? null : name,
                    added ? name : null);
            Change c = byRevision.get(revision.getId());
            List<Change.FieldChange> fields = new ArrayList<>(c == null ? List.of() : c.fields());
            fields.add(field);
            byRevision.put(revision.getId(), c != null ? new Change(c.revision(), c.at(), c.username(), c.kind(),
                    fields) : new Change(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()),
                    revision.getUsername(), Change.Kind.CHANGED, fields));
        }
        List<Change> changes = new ArrayList<>(byRevision.values());
        changes.sort(Comparator.comparingLong(Change::revision).reversed());
        return changes;
    }

    private List<Member> picked(Organization organizer, Collection<Long> memberIds) {
        List<Member> picked = new ArrayList<>();
        if (memberIds == null) {
            return picked;
        }
        DataScope subtree = DataScope.of(organizer);
        for (Long memberId : new LinkedHashSet<>(memberIds)) {
            if (memberId == null) {
                continue;
            }
            try {
                picked.add(members.get(subtree, memberId));
            } catch (NotFoundException e) {
                // 第3、4条: the organizer's activity is for its own members
                throw DomainException.onField("memberIds", "activity.participant.outside", memberId);
            }
        }
        return picked;
    }
}
