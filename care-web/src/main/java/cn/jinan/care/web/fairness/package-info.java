/**
 * Pages of the fairness registers (第17–19条): fault tolerance, accountability with its four-musts checklist,
 * clarification. Only the organization department works them (see {@link cn.jinan.care.web.fairness.FairnessAccess}).
 */
package cn.jinan.care.web.fairness;
