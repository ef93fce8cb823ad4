package cn.jinan.care.persistence.yearend;

import cn.jinan.care.domain.campaign.VisitCampaign;

/**
 * How long each year-end list is, for the index. The quota lists come from the compliance summaries only, so they are
 * empty ({@code null}) for a year not summarized; the overdue talks and follow-ups from the summaries when the year is
 * summarized. {@code campaign} is the hardship campaign the visit list defaults to (none: no campaign that year).
 */
public record YearEndCounts(boolean summarized, Long belowStudyHours, Long studyHoursExempt, Long withoutLectures,
        long overdueTalks, VisitCampaign campaign, Long unvisitedHardship, long overdueFollowUps,
        long medalCandidates) {
}
