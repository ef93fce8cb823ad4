/**
 * The party organization tree (市委 → 区县党委 → 街镇党委 → 党总支 → 党支部 → 党小组) with a materialized path for subtree queries.
 */
package cn.jinan.care.domain.organization;
