/**
 * The member roster pages: search, detail with party age and events, create and edit, change history.
 */
package cn.jinan.care.web.member;
