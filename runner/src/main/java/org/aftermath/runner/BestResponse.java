package org.aftermath.runner;

/** RECIST-style best overall response, read from the deterministic burden. */
public enum BestResponse {
    /** complete response: the burden fell below the detectable burden */
    CR,
    /** partial response: the diameter fell by at least the partial-response change */
    PR,
    /** stable disease: neither response nor progression within the horizon */
    SD,
    /** progressive disease: progression without a prior response */
    PD
}
