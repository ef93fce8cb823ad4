/** Pages of the on-duty casualty register (第28条): cases, family members, follow-ups, closing, history. */
package cn.jinan.care.web.casualty;
