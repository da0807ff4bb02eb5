"""Local AI adapters (speech to text, and later embeddings and a small LLM).

Nothing here is imported at start-up: each adapter loads its heavy library lazily, and the
heaviest work (Whisper) runs in a child process, so a missing or crashing model disables one
feature, never the app.
"""
