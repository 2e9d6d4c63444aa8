/** Helpers shared by bsc-okr's packages; not exported from the module. */
package io.github.bsckit.okr.internal;
