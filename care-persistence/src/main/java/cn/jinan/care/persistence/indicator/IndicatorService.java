package cn.jinan.care.persistence.indicator;

import cn.jinan.care.domain.indicator.FiveSmalls;
import cn.jinan.care.domain.indicator.Indicator;
import cn.jinan.care.domain.indicator.IndicatorEntry;
import cn.jinan.care.domain.indicator.IndicatorStatus;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.Parameters;
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
 * Organization indicators (第14、15、16、25条) within a data scope. Met or not met is never stored: it is read each
 * time against the parameter in force on the year's last day, so a changed parameter changes the years it applies to.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class IndicatorService {

    static final String SUBMISSION_TYPE = "INDICATOR";

    private final IndicatorEntryRepository entries;
    private final OrganizationService organizations;
    private final Parameters parameters;
    private final HistoryService history;
    private final Submissions submissions;

    @Transactional
    public long enter(DataScope scope, UUID token, long organizationId, Indicator indicator, Integer year,
            BigDecimal value, FiveSmalls smalls, String evidence) {
        Organization organization = organizations.get(scope, organizationId);
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        IndicatorEntry entry = IndicatorEntry.enter(organization, indicator, year, value, smalls, evidence);
        if (entries.existsByOrganizationIdAndIndicatorAndYear(organizationId, indicator, year)) {
            throw DomainException.onField("year", "indicator.year.taken");
        }
        entries.save(entry);
        submissions.created(token, entry.getId());
        return entry.getId();
    }

    @Transactional
    public IndicatorEntry change(DataScope scope, long id, long expectedVersion, BigDecimal value, FiveSmalls smalls,
            String evidence) {
        IndicatorEntry entry = get(scope, id);
        Versions.require(entry, expectedVersion);
        entry.change(value, smalls, evidence);
        return entry;
    }

    public IndicatorEntry get(DataScope scope, long id) {
        return entries.findInScope(id, scope.likePattern())
                .orElseThrow(() -> new NotFoundException("indicator", id));
    }

    public IndicatorStatus status(IndicatorEntry entry) {
        return entry.getIndicator().status(entry.getYear(), entry.getValue(), parameters);
    }

    /** A year's list: the organizations of the indicator's level in scope, entered or not, met or not. */
    public Page<IndicatorRow> year(DataScope scope, Indicator indicator, int year, Pageable pageable) {
        return entries.yearInScope(scope.likePattern(), indicator.level(), indicator, year, pageable).map(row -> {
            Organization o = (Organization) row[0];
            IndicatorEntry e = (IndicatorEntry) row[1];
            return new IndicatorRow(o, e, indicator.status(year, e == null ? null : e.getValue(), parameters));
        });
    }

    public List<Change> history(DataScope scope, long id) {
        get(scope, id);
        return history.of(IndicatorEntry.class, id, e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("indicatorValue", e.getValue());
            m.put("canteen", e.getCanteen());
            m.put("dormitory", e.getDormitory());
            m.put("bathroom", e.getBathroom());
            m.put("library", e.getLibrary());
            m.put("activityRoom", e.getActivityRoom());
            m.put("indicatorEvidence", e.getEvidence());
            return m;
        });
    }
}
