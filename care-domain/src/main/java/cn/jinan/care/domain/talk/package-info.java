/**
 * Talks (谈心谈话, 第8条): the 三必谈, the superior two-way talks, reception days. The summary is sensitive.
 */
package cn.jinan.care.domain.talk;
