/** Sanctions and organizational handling within a data scope; reads of a sanction's detail are logged. */
package cn.jinan.care.persistence.sanction;
