/**
 * Visit campaigns (走访慰问活动, 第27条: 重大节日走访慰问): a window, the groups of members to be visited and a
 * standard amount; opening a campaign makes a holiday visit due for each target member.
 */
package cn.jinan.care.domain.campaign;
