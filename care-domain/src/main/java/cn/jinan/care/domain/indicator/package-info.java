/**
 * Organization indicators (第14、15、16、25条), entered yearly per organization with evidence and shown as met or not
 * met against the rule parameter in force on the year's last day.
 */
package cn.jinan.care.domain.indicator;
