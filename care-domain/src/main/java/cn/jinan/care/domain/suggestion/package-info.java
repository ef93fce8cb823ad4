/**
 * Suggestions (意见建议, 第6条): what members and the masses say through the 直通车 and the "三会" (恳谈会、听证会、协调会),
 * handled under the "三制" (公示制、责任制、承诺制) through to 落实 — a guarded state machine.
 */
package cn.jinan.care.domain.suggestion;
