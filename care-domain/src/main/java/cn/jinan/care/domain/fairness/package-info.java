/**
 * Fairness to members and cadres at work (工作上宽容包容, 第17–19条): fault tolerance (容错), accountability held to
 * the four musts (凡问四必) after rectification ordered first (先责令整改), and clarification of false accusations
 * (澄清正名). Each case is a workflow whose steps cannot be skipped. All of it is discipline data: sensitive.
 */
package cn.jinan.care.domain.fairness;
