/**
 * Talk pages: log (often from a to-do line, pre-filled), view with the summary (a logged read), edit, list, history.
 */
package cn.jinan.care.web.talk;
