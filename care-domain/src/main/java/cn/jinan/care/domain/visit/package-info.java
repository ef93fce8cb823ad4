/**
 * Visits (走访慰问, 第26、27、29条): holiday campaigns, hardship, emergencies, old members, end of life, condolences,
 * casualty families. Money and goods carry a funding source.
 */
package cn.jinan.care.domain.visit;
