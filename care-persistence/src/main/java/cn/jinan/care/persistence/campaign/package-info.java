/**
 * Visit campaigns (走访慰问活动, 第27条) within a data scope: who the targets are, the obligations opening a campaign
 * makes, and the coverage per organization while it runs, computed in SQL.
 */
package cn.jinan.care.persistence.campaign;
