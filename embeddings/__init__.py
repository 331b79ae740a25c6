"""Records -> vectors in Chroma: the embedding model, its content-hash cache and the store."""

from embeddings.model import CachedEmbeddings, HashingEmbeddings, MiniLMEmbeddings, TextEmbedder

__all__ = ["CachedEmbeddings", "HashingEmbeddings", "MiniLMEmbeddings", "TextEmbedder"]
