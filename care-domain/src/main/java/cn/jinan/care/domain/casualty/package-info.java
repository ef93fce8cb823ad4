/**
 * The register of on-duty casualty families (关爱因公殉职、牺牲党员家庭和因公伤残党员, 第28条): the case of a member who
 * died or was disabled on duty, the family members with their livelihood, pension, medical and schooling/employment
 * situation, the designated responsible person (专人) and the follow-ups with the help given. Sensitive.
 */
package cn.jinan.care.domain.casualty;
