"""The viewer: an aiohttp server (TCP ingest, file loading, WebSocket protocol) and the views it computes.

The browser app (web/, built into static/) only draws what `views/` computes from the store.
"""
