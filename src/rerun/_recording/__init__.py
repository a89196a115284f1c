"""Recording: `rr.init`/`rr.log`/time, the background batcher, and the sinks."""
