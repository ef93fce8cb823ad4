/**
 * Party congress delegates' rights (保障党代表权利, 第7条): proposals (提案, joint, during a congress) and motions (提议,
 * written, between congresses) with their handling through to the reply, and the register of the plenary sessions,
 * congress meetings and trainings delegates attend.
 */
package cn.jinan.care.domain.delegate;
