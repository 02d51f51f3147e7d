namespace LocalMesh.Privacy.Detection;

/// <summary>
/// A text could not be scanned (a detector ran out of time on it). The request fails rather than leave unscanned;
/// the API answers 422.
/// </summary>
public sealed class ScanFailedException(string message, Exception? inner = null) : Exception(message, inner);
