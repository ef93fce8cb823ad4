/**
 * Visit pages (走访慰问, 第26、27、29条): log (often from a to-do line, pre-filled), view with the money and goods
 * given and their funding source, edit, list, history.
 */
package cn.jinan.care.web.visit;
