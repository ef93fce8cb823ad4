package cn.jinan.care.web.yearend;

/**
 * What a year-end list is asked for, from the query string: the year (this year when absent), an organization inside
 * the user's scope (the whole scope when absent), the page; for the hardship list, the campaign.
 */
public record YearEndQuery(Integer year, Long org, Integer page, Long campaign) {
}
