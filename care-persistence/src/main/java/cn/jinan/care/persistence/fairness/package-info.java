/**
 * The fairness registers (第17–19条) within a data scope: fault tolerance, accountability with its four musts and the
 * effect-evaluation obligation, clarification. Every fetch by id is scoped; showing a case is a logged read.
 */
package cn.jinan.care.persistence.fairness;
