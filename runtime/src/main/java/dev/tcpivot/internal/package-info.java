/**
 * Support for the generated SDK: wire objects, response models, JSON and HTTP plumbing. Public only
 * because the generated code lives in another package; not an API, and it may change in any
 * release.
 */
package dev.tcpivot.internal;
