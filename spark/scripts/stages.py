#!/usr/bin/env python3
"""Per-stage figures of a Spark event log, for spark/README.md's tables.

    java -Dspark.eventLog.enabled=true -Dspark.eventLog.dir=/tmp/ev -jar spark/target/restore4j-spark.jar ...
    python3 spark/scripts/stages.py /tmp/ev/local-*

Prints the application's time before its first job and in its jobs, then each stage that ran: name,
tasks, wall seconds, summed task run time, shuffle bytes and records written and read, and the
largest peak execution memory of one task.
"""
import collections
import json
import sys

stages, tasks, jobs = {}, collections.defaultdict(list), {}
start = end = None
for line in open(sys.argv[1]):
    e = json.loads(line)
    ev = e['Event']
    if ev == 'SparkListenerApplicationStart':
        start = e['Timestamp']
    elif ev == 'SparkListenerApplicationEnd':
        end = e['Timestamp']
    elif ev == 'SparkListenerJobStart':
        jobs[e['Job ID']] = e['Submission Time']
    elif ev == 'SparkListenerStageCompleted':
        s = e['Stage Info']
        stages[s['Stage ID']] = (s['Stage Name'].split(' at ')[0] + ' at ' + s['Stage Name'].split(' at ')[-1],
                                 s['Number of Tasks'], (s.get('Completion Time', 0) - s.get('Submission Time', 0)) / 1000)
    elif ev == 'SparkListenerTaskEnd':
        m = e.get('Task Metrics') or {}
        w = m.get('Shuffle Write Metrics', {})
        r = m.get('Shuffle Read Metrics', {})
        tasks[e['Stage ID']].append((m.get('Executor Run Time', 0), w.get('Shuffle Bytes Written', 0),
                                     w.get('Shuffle Records Written', 0),
                                     r.get('Remote Bytes Read', 0) + r.get('Local Bytes Read', 0),
                                     r.get('Total Records Read', 0), m.get('Peak Execution Memory', 0)))
first = min(jobs.values())
print('before the first job %.1f s, jobs %.1f s, %d jobs, %d stages' % (
    (first - start) / 1000, (end - first) / 1000, len(jobs), len(stages)))
print('stage | name | tasks | wall s | task run s | shuffle written B (records) | shuffle read B (records) | peak task memory B')
for sid in sorted(stages):
    t = tasks[sid]
    name, n, wall = stages[sid]
    print('%d | %s | %d | %.2f | %.2f | %d (%d) | %d (%d) | %d' % (
        sid, name, n, wall, sum(x[0] for x in t) / 1000, sum(x[1] for x in t), sum(x[2] for x in t),
        sum(x[3] for x in t), sum(x[4] for x in t), max([x[5] for x in t] or [0])))
