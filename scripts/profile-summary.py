#!/usr/bin/env python3
"""Summarises a dotnet-trace speedscope file (dotnet-sampled-thread-time profile) by where the busy samples are.

The sampled-thread-time profile samples every thread, waiting or not; only samples marked CPU_TIME (or, in files
without the marker, whose leaf is not a wait) are kept, so what is left approximates CPU time in managed code. Each busy sample is then
given to the innermost frame whose name matches one of LAYERS (first match from the leaf upwards), and the top
methods by inclusive busy share are printed.

usage: scripts/profile-summary.py FILE.speedscope.json [--top N] [--filter SUBSTRING]
"""
import json, sys, collections

WAITS = ("WaitOneNoCheck", "WaitNative", "Monitor.Wait", "LowLevelSpinWaiter", "PollGC", "Missing Symbol",
         "WorkerThreadStart", "Enter_Slowpath", "epoll", "SleepEx", "Thread.Sleep", "WaitForSocketEvents",
         "WaitHandle.Wait", "ReleaseSemaphore")
LAYERS = [
    ("GC (threads stopped for a collection)", ("PollGC", "GC.Collect", "gc_heap", "GarbageCollect")),
    ("thread pool spinning (idle)", ("LowLevelSpinWaiter", "LowLevelLifoSemaphore")),
    ("json: response parse", ("JsonSerializer.Deserialize", "JsonDocument", "ReadCore", "JsonConverter", "Utf8JsonReader", "OnTryRead")),
    ("json: request write", ("JsonSerializer.Serialize", "Utf8JsonWriter", "OnTryWrite", "JsonRequestContent")),
    ("sdk: bulk matching/outcomes", ("BatchMatcher", "OutcomeMapper", "BatchRunner", "BatchResult", "BatchItemOutcome")),
    ("sdk: executor/context", ("InstasentOperationExecutor", "InstasentCallContext", "BufferedBodyContent", "AttemptHandler", "AuthenticationHandler", "CallHeadersHandler", "ResendGuardHandler")),
    ("resilience (Polly)", ("Polly", "Resilience")),
    ("Refit", ("Refit",)),
    ("IHttpClientFactory/DI", ("Microsoft.Extensions.Http", "LoggingHttpMessageHandler", "LoggingScopeHttpMessageHandler", "ServiceProvider")),
    ("sockets/HTTP", ("SocketsHttpHandler", "HttpConnection", "Socket", "HttpClient", "HttpMessageInvoker", "Http.Headers")),
]

total = busy = 0

def main():
    global total, busy
    path = sys.argv[1]
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 25
    doc = json.load(open(path))
    frames = [f["name"] for f in doc["shared"]["frames"]]
    layer = collections.Counter(); incl = collections.Counter()
    def account(names, weight):
        global total, busy
        total += weight
        # dotnet-trace marks each sample's leaf CPU_TIME (running managed code) or UNMANAGED_CODE_TIME (in native
        # code: mostly waits); without the marker the leaf frame itself is judged.
        if not names or names[-1] == "UNMANAGED_CODE_TIME" or (names[-1] != "CPU_TIME" and any(w in names[-1] for w in WAITS)):
            return
        busy += weight
        for n in set(names):
            incl[n] += weight
        for n in reversed(names):
            hit = next((l for l, keys in LAYERS if any(k in n for k in keys)), None)
            if hit:
                layer[hit] += weight
                return
        layer["other"] += weight

    for prof in doc["profiles"]:
        if prof.get("type") == "sampled":
            for stack, weight in zip(prof["samples"], prof["weights"]):
                account([frames[i] for i in stack], weight)
        elif prof.get("type") == "evented":
            # Open/close events: the stack between two events held for the time between them.
            stack, last = [], None
            for e in prof["events"]:
                if last is not None and e["at"] > last:
                    account([frames[i] for i in stack], e["at"] - last)
                last = e["at"]
                if e["type"] == "O":
                    stack.append(e["frame"])
                elif stack:
                    stack.pop()
    print(f"{path}: busy {busy/total*100:.1f}% of {total:.0f} sampled thread-time")
    for name, w in layer.most_common():
        print(f"  {w/busy*100:5.1f}%  {name}")
    print("top inclusive (busy):")
    for name, w in incl.most_common(top):
        print(f"  {w/busy*100:5.1f}%  {name[:140]}")

main()
