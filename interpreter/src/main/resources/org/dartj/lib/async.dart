// The part of dart:async written in Dart: StreamView, DeferredLoadException (see docs/architecture.md, "Core
// libraries in Dart"). Streams, futures, timers and zones are dart:async's Java builtins.

/// A stream that forwards to another stream; a base class for streams with extra members.
class StreamView<T> extends Stream<T> {
  final Stream<T> _stream;

  const StreamView(Stream<T> stream) : _stream = stream;

  bool get isBroadcast => _stream.isBroadcast;

  Stream<T> asBroadcastStream({void Function(StreamSubscription<T> subscription)? onListen,
          void Function(StreamSubscription<T> subscription)? onCancel}) =>
      _stream.asBroadcastStream(onListen: onListen, onCancel: onCancel);

  StreamSubscription<T> listen(void Function(T value)? onData,
          {Function? onError, void Function()? onDone, bool? cancelOnError}) =>
      _stream.listen(onData, onError: onError, onDone: onDone, cancelOnError: cancelOnError);
}

/// Thrown when a deferred library fails to load; its text quotes the message.
class DeferredLoadException implements Exception {
  final String _message;

  DeferredLoadException(String message) : _message = message;

  String toString() => "DeferredLoadException: '$_message'";
}
