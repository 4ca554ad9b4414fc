/** A host whose clock only moves when told: for tests. Timers fire as `advance` passes their deadline. */
export class ManualHost {
    time;
    mono = 0;
    timers = [];
    lines = [];
    constructor(start = 1_700_000_000_000) {
        this.time = start;
    }
    now() {
        return this.time;
    }
    monotonic() {
        return this.mono;
    }
    setTimer(ms, fn) {
        const t = { at: this.time + ms, fn, live: true };
        this.timers.push(t);
        return { cancel: () => (t.live = false) };
    }
    random() {
        return Math.random();
    }
    log(line) {
        this.lines.push(line);
    }
    /** Moves the clock forward, firing due timers in deadline order. */
    advance(ms) {
        const end = this.time + ms;
        for (;;) {
            const due = this.timers.filter((t) => t.live && t.at <= end).sort((a, b) => a.at - b.at)[0];
            if (!due)
                break;
            this.time = Math.max(this.time, due.at);
            due.live = false;
            due.fn();
        }
        this.timers = this.timers.filter((t) => t.live);
        this.mono += ms;
        this.time = end;
    }
}
//# sourceMappingURL=host.js.map