/**
 * Organization indicators (第14、15、16、25条) within a data scope: entries per organization and year, and each year's
 * list of the organizations of an indicator's level, entered or not, met or not against the parameters in force.
 */
package cn.jinan.care.persistence.indicator;
