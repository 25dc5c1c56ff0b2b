/**
 * Several application nodes on one PostgreSQL database, relaying escalation events to NATS
 * JetStream: {@link io.escalation.examples.cluster.ClusterNode} (a desk, a pool and the JDBC module
 * per node), {@link io.escalation.examples.cluster.DueTimers} (callback reminders and SLA notices
 * claimed through the JDBC timers, each fired once across the nodes),
 * {@link io.escalation.examples.cluster.OutboxRelay} (the event feed to JetStream, the event id as
 * the message id, the checkpoint saved after the broker's acks) and
 * {@link io.escalation.examples.cluster.SupervisorQueueConsumer} (a durable pull consumer on another
 * node keeping a {@link io.escalation.examples.cluster.SupervisorQueue}). Run
 * {@link io.escalation.examples.cluster.ClusterDemo} to see them together.
 */
@NullMarked
package io.escalation.examples.cluster;

import org.jspecify.annotations.NullMarked;
