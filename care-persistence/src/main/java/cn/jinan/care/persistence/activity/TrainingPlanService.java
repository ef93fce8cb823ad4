package cn.jinan.care.persistence.activity;

import cn.jinan.care.domain.activity.PlanProgress;
import cn.jinan.care.domain.activity.TrainingPlan;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.audit.Change;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
import cn.jinan.care.persistence.shared.Versions;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training plans (第13条: 市、区县每年制定教育培训计划) within a data scope, each with what its organization actually
 * held that year: the organization's own study activities and the hours they gave.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class TrainingPlanService {

    static final String SUBMISSION_TYPE = "TRAINING_PLAN";

    private final TrainingPlanRepository plans;
    private final ActivityRepository activities;
    private final OrganizationService organizations;
    private final HistoryService history;
    private final Submissions submissions;

    @Transactional
    public long record(DataScope scope, UUID token, long organizationId, Integer year, Integer sessions,
            BigDecimal hours, String topics) {
        Organization organization = organizations.get(scope, organizationId);
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (year == null) {
            throw DomainException.onField("year", "common.required");
        }
        if (plans.existsByOrganizationIdAndYear(organizationId, year)) {
            throw DomainException.onField("year", "plan.year.taken");
        }
        TrainingPlan plan = plans.save(TrainingPlan.of(organization, year, sessions, hours, topics));
        submissions.created(token, plan.getId());
        return plan.getId();
    }

    @Transactional
    public TrainingPlan change(DataScope scope, long id, long expectedVersion, Integer sessions, BigDecimal hours,
            String topics) {
        TrainingPlan plan = get(scope, id);
        Versions.require(plan, expectedVersion);
        plan.change(sessions, hours, topics);
        return plan;
    }

    public TrainingPlan get(DataScope scope, long id) {
        return plans.findInScope(id, scope.likePattern()).orElseThrow(() -> new NotFoundException("plan", id));
    }

    public PlanProgress progress(TrainingPlan plan) {
        ActivityRepository.Held held = activities.held(plan.getOrganization().getId(), plan.getYear());
        return new PlanProgress(plan, held.sessions(), held.hours());
    }

    /** Plans in scope, one year or all, each with its progress. */
    public Page<PlanProgress> inScope(DataScope scope, Integer year, Pageable pageable) {
        return plans.findInScope(scope.likePattern(), year == null ? TrainingPlan.FIRST_YEAR : year,
                year == null ? TrainingPlan.LAST_YEAR : year, pageable).map(this::progress);
    }

    public List<Change> history(DataScope scope, long id) {
        get(scope, id);
        return history.of(TrainingPlan.class, id, t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", t.getYear());
            m.put("plannedSessions", t.getPlannedSessions());
            m.put("plannedHours", t.getPlannedHours());
            m.put("planTopics", t.getTopics());
            return m;
        });
    }
}
