package cn.jinan.care.persistence.indicator;

import cn.jinan.care.domain.indicator.IndicatorEntry;
import cn.jinan.care.domain.indicator.IndicatorStatus;
import cn.jinan.care.domain.organization.Organization;

/** One organization on a year's indicator list: its entry (null when not entered) and where it stands. */
public record IndicatorRow(Organization organization, IndicatorEntry entry, IndicatorStatus status) {
}
