// The part of dart:collection written in Dart (see docs/architecture.md, "Core libraries
// in Dart"). Its public names join dart:collection's exports; it sees the Java builtins of
// dart:collection and the helpers of dart:_internal.
import 'dart:_internal';

Never _noElement() => throw StateError('No element');
Never _tooMany() => throw StateError('Too many elements');
Never _tooFew() => throw StateError('Too few elements');

int _compareAny(dynamic a, dynamic b) => Comparable.compare(a as Comparable, b as Comparable);

// ---------------------------------------------------------------- Iterable

/// Base class for iterables: extends Iterable, so every Iterable member is the builtin one.
abstract class IterableBase<E> extends Iterable<E> {
  const IterableBase();

  static String iterableToShortString(Iterable iterable, [String leftDelimiter = '(', String rightDelimiter = ')']) =>
      _shortString(iterable, leftDelimiter, rightDelimiter);

  static String iterableToFullString(Iterable iterable, [String leftDelimiter = '(', String rightDelimiter = ')']) =>
      _fullString(iterable, leftDelimiter, rightDelimiter);
}

// dart:_internal's functions under names that IterableBase's statics do not shadow
String _shortString(Iterable iterable, String left, String right) => iterableToShortString(iterable, left, right);
String _fullString(Iterable iterable, String left, String right) => iterableToFullString(iterable, left, right);

// cast<R>() and whereType<T>() receive their type arguments as hidden positional arguments
// (see DartTranslator.translateMemberArguments), which they pass on to the builtins.

/// The Iterable members in terms of `iterator`.
mixin IterableMixin<E> implements Iterable<E> {
  Iterator<E> get iterator;
  Iterable<R> cast<R>([dynamic type]) => iterableAdapter(this).cast(type);
  Iterable<T> map<T>(T toElement(E e)) => iterableAdapter(this).map(toElement);
  Iterable<E> where(bool test(E element)) => iterableAdapter(this).where(test);
  Iterable<T> whereType<T>([dynamic type]) => iterableAdapter(this).whereType(type);
  Iterable<T> expand<T>(Iterable<T> toElements(E element)) => iterableAdapter(this).expand(toElements);
  Iterable<E> followedBy(Iterable<E> other) => iterableAdapter(this).followedBy(other);
  bool contains(Object? element) {
    for (var e in this) {
      if (e == element) return true;
    }
    return false;
  }
  void forEach(void action(E element)) {
    for (var element in this) {
      action(element);
    }
  }
  E reduce(E combine(E value, E element)) => iterableAdapter(this).reduce(combine);
  T fold<T>(T initialValue, T combine(T previousValue, E element)) => iterableAdapter(this).fold(initialValue, combine);
  bool every(bool test(E element)) => iterableAdapter(this).every(test);
  String join([String separator = '']) => iterableAdapter(this).join(separator);
  bool any(bool test(E element)) => iterableAdapter(this).any(test);
  List<E> toList({bool growable = true}) => iterableAdapter(this).toList(growable: growable);
  Set<E> toSet() => iterableAdapter(this).toSet();
  int get length => iterableAdapter(this).length;
  bool get isEmpty => !iterator.moveNext();
  bool get isNotEmpty => !isEmpty;
  Iterable<E> take(int count) => iterableAdapter(this).take(count);
  Iterable<E> takeWhile(bool test(E value)) => iterableAdapter(this).takeWhile(test);
  Iterable<E> skip(int count) => iterableAdapter(this).skip(count);
  Iterable<E> skipWhile(bool test(E value)) => iterableAdapter(this).skipWhile(test);
  E get first => iterableAdapter(this).first;
  E get last => iterableAdapter(this).last;
  E get single => iterableAdapter(this).single;
  E firstWhere(bool test(E value), {E Function()? orElse}) => iterableAdapter(this).firstWhere(test, orElse: orElse);
  E lastWhere(bool test(E value), {E Function()? orElse}) => iterableAdapter(this).lastWhere(test, orElse: orElse);
  E singleWhere(bool test(E element), {E Function()? orElse}) => iterableAdapter(this).singleWhere(test, orElse: orElse);
  E elementAt(int index) => iterableAdapter(this).elementAt(index);
  String toString() => iterableToShortString(this, '(', ')');
}

// ---------------------------------------------------------------- List

class _ListIterator<E> implements Iterator<E> {
  final List<E> _iterable;
  final int _length;
  int _index = 0;
  E? _current;

  _ListIterator(List<E> iterable)
      : _iterable = iterable,
        _length = iterable.length;

  E get current => _current as E;

  bool moveNext() {
    int length = _iterable.length;
    if (_length != length) {
      throwConcurrentModification(_iterable);
    }
    if (_index >= length) {
      _current = null;
      return false;
    }
    _current = _iterable[_index];
    _index++;
    return true;
  }
}

/// The List members in terms of `length`, `length=`, `[]` and `[]=`.
mixin ListMixin<E> implements List<E> {
  int get length;
  set length(int newLength);
  E operator [](int index);
  void operator []=(int index, E value);

  Iterator<E> get iterator => _ListIterator<E>(this);
  E elementAt(int index) => this[index];
  Iterable<E> followedBy(Iterable<E> other) => iterableAdapter(this).followedBy(other);

  void forEach(void action(E element)) {
    int length = this.length;
    for (int i = 0; i < length; i++) {
      action(this[i]);
      if (length != this.length) throwConcurrentModification(this);
    }
  }

  bool get isEmpty => length == 0;
  bool get isNotEmpty => !isEmpty;

  E get first {
    if (length == 0) _noElement();
    return this[0];
  }

  set first(E value) {
    if (length == 0) _noElement();
    this[0] = value;
  }

  E get last {
    if (length == 0) _noElement();
    return this[length - 1];
  }

  set last(E value) {
    if (length == 0) _noElement();
    this[length - 1] = value;
  }

  E get single {
    if (length == 0) _noElement();
    if (length > 1) _tooMany();
    return this[0];
  }

  bool contains(Object? element) {
    int length = this.length;
    for (int i = 0; i < length; i++) {
      if (this[i] == element) return true;
      if (length != this.length) throwConcurrentModification(this);
    }
    return false;
  }

  bool every(bool test(E element)) {
    int length = this.length;
    for (int i = 0; i < length; i++) {
      if (!test(this[i])) return false;
      if (length != this.length) throwConcurrentModification(this);
    }
    return true;
  }

  bool any(bool test(E element)) {
    int length = this.length;
    for (int i = 0; i < length; i++) {
      if (test(this[i])) return true;
      if (length != this.length) throwConcurrentModification(this);
    }
    return false;
  }

  E firstWhere(bool test(E element), {E Function()? orElse}) {
    int length = this.length;
    for (int i = 0; i < length; i++) {
      E element = this[i];
      if (test(element)) return element;
      if (length != this.length) throwConcurrentModification(this);
    }
    if (orElse != null) return orElse();
    _noElement();
  }

  E lastWhere(bool test(E element), {E Function()? orElse}) {
    int length = this.length;
    for (int i = length - 1; i >= 0; i--) {
      E element = this[i];
      if (test(element)) return element;
      if (length != this.length) throwConcurrentModification(this);
    }
    if (orElse != null) return orElse();
    _noElement();
  }

  E singleWhere(bool test(E element), {E Function()? orElse}) {
    int length = this.length;
    E? match;
    bool matchFound = false;
    for (int i = 0; i < length; i++) {
      E element = this[i];
      if (test(element)) {
        if (matchFound) _tooMany();
        matchFound = true;
        match = element;
      }
      if (length != this.length) throwConcurrentModification(this);
    }
    if (matchFound) return match as E;
    if (orElse != null) return orElse();
    _noElement();
  }

  String join([String separator = '']) {
    if (length == 0) return '';
    StringBuffer buffer = StringBuffer()..writeAll(this, separator);
    return buffer.toString();
  }

  Iterable<E> where(bool test(E element)) => iterableAdapter(this).where(test);
  Iterable<T> whereType<T>([dynamic type]) => iterableAdapter(this).whereType(type);
  Iterable<T> map<T>(T f(E element)) => iterableAdapter(this).map(f);
  Iterable<T> expand<T>(Iterable<T> f(E element)) => iterableAdapter(this).expand(f);

  E reduce(E combine(E previousValue, E element)) {
    int length = this.length;
    if (length == 0) _noElement();
    E value = this[0];
    for (int i = 1; i < length; i++) {
      value = combine(value, this[i]);
      if (length != this.length) throwConcurrentModification(this);
    }
    return value;
  }

  T fold<T>(T initialValue, T combine(T previousValue, E element)) {
    var value = initialValue;
    int length = this.length;
    for (int i = 0; i < length; i++) {
      value = combine(value, this[i]);
      if (length != this.length) throwConcurrentModification(this);
    }
    return value;
  }

  Iterable<E> skip(int count) => iterableAdapter(this).skip(count);
  Iterable<E> skipWhile(bool test(E element)) => iterableAdapter(this).skipWhile(test);
  Iterable<E> take(int count) => iterableAdapter(this).take(count);
  Iterable<E> takeWhile(bool test(E element)) => iterableAdapter(this).takeWhile(test);

  List<E> toList({bool growable = true}) {
    var result = <E>[];
    for (int i = 0; i < length; i++) {
      result.add(this[i]);
    }
    return growable ? result : List<E>.of(result, growable: false);
  }

  Set<E> toSet() {
    Set<E> result = <E>{};
    for (int i = 0; i < length; i++) {
      result.add(this[i]);
    }
    return result;
  }

  void add(E element) {
    this[this.length++] = element;
  }

  void addAll(Iterable<E> iterable) {
    for (E element in iterable) {
      add(element);
    }
  }

  bool remove(Object? element) {
    for (int i = 0; i < this.length; i++) {
      if (this[i] == element) {
        this._closeGap(i, i + 1);
        return true;
      }
    }
    return false;
  }

  void _closeGap(int start, int end) {
    int length = this.length;
    int size = end - start;
    for (int i = end; i < length; i++) {
      this[i - size] = this[i];
    }
    this.length = length - size;
  }

  void removeWhere(bool test(E element)) {
    _filter(test, false);
  }

  void retainWhere(bool test(E element)) {
    _filter(test, true);
  }

  void _filter(bool test(E element), bool retainMatching) {
    List<E> retained = <E>[];
    int length = this.length;
    for (int i = 0; i < length; i++) {
      var element = this[i];
      if (test(element) == retainMatching) {
        retained.add(element);
      }
      if (length != this.length) throwConcurrentModification(this);
    }
    if (retained.length != this.length) {
      this.setRange(0, retained.length, retained);
      this.length = retained.length;
    }
  }

  void clear() {
    this.length = 0;
  }

  List<R> cast<R>([dynamic type]) => this as List<R>;

  E removeLast() {
    if (length == 0) _noElement();
    E result = this[length - 1];
    length--;
    return result;
  }

  void sort([int Function(E a, E b)? compare]) {
    var copy = toList();
    copy.sort(compare ?? _compareAny);
    for (int i = 0; i < copy.length; i++) {
      this[i] = copy[i];
    }
  }

  void shuffle([dynamic random]) {
    var copy = toList();
    copy.shuffle(random);
    for (int i = 0; i < copy.length; i++) {
      this[i] = copy[i];
    }
  }

  Map<int, E> asMap() {
    var result = <int, E>{};
    for (int i = 0; i < length; i++) {
      result[i] = this[i];
    }
    return result;
  }

  List<E> operator +(List<E> other) => [...this, ...other];

  List<E> sublist(int start, [int? end]) {
    int listLength = this.length;
    int stop = checkValidRange(start, end, listLength);
    var result = <E>[];
    for (int i = start; i < stop; i++) {
      result.add(this[i]);
    }
    return result;
  }

  Iterable<E> getRange(int start, int end) {
    checkValidRange(start, end, this.length);
    return iterableAdapter(this).skip(start).take(end - start);
  }

  void removeRange(int start, int end) {
    checkValidRange(start, end, this.length);
    if (end > start) {
      _closeGap(start, end);
    }
  }

  void fillRange(int start, int end, [E? fill]) {
    E value = fill as E;
    checkValidRange(start, end, this.length);
    for (int i = start; i < end; i++) {
      this[i] = value;
    }
  }

  void setRange(int start, int end, Iterable<E> iterable, [int skipCount = 0]) {
    checkValidRange(start, end, this.length);
    int length = end - start;
    if (length == 0) return;
    checkNotNegative(skipCount, 'skipCount');
    List<E> otherList;
    int otherStart;
    if (iterable is List<E>) {
      otherList = iterable;
      otherStart = skipCount;
    } else {
      otherList = iterable.skip(skipCount).toList(growable: false);
      otherStart = 0;
    }
    if (otherStart + length > otherList.length) _tooFew();
    if (otherStart < start) {
      for (int i = length - 1; i >= 0; i--) {
        this[start + i] = otherList[otherStart + i];
      }
    } else {
      for (int i = 0; i < length; i++) {
        this[start + i] = otherList[otherStart + i];
      }
    }
  }

  void replaceRange(int start, int end, Iterable<E> newContents) {
    checkValidRange(start, end, this.length);
    var contents = newContents.toList();
    var tail = sublist(end);
    this.length = start;
    addAll(contents);
    addAll(tail);
  }

  int indexOf(Object? element, [int start = 0]) {
    if (start < 0) start = 0;
    for (int i = start; i < this.length; i++) {
      if (this[i] == element) return i;
    }
    return -1;
  }

  int indexWhere(bool test(E element), [int start = 0]) {
    if (start < 0) start = 0;
    for (int i = start; i < this.length; i++) {
      if (test(this[i])) return i;
    }
    return -1;
  }

  int lastIndexOf(Object? element, [int? start]) {
    int from = (start == null || start >= this.length) ? this.length - 1 : start;
    for (int i = from; i >= 0; i--) {
      if (this[i] == element) return i;
    }
    return -1;
  }

  int lastIndexWhere(bool test(E element), [int? start]) {
    int from = (start == null || start >= this.length) ? this.length - 1 : start;
    for (int i = from; i >= 0; i--) {
      if (test(this[i])) return i;
    }
    return -1;
  }

  void insert(int index, E element) {
    int length = this.length;
    checkValueInInterval(index, 0, length, 'index');
    add(element);
    if (index != length) {
      for (int i = length; i > index; i--) {
        this[i] = this[i - 1];
      }
      this[index] = element;
    }
  }

  E removeAt(int index) {
    E result = this[index];
    _closeGap(index, index + 1);
    return result;
  }

  void insertAll(int index, Iterable<E> iterable) {
    checkValueInInterval(index, 0, length, 'index');
    var contents = iterable.toList();
    var tail = sublist(index);
    this.length = index;
    addAll(contents);
    addAll(tail);
  }

  void setAll(int index, Iterable<E> iterable) {
    if (iterable is List) {
      setRange(index, index + iterable.length, iterable);
    } else {
      for (E element in iterable) {
        this[index++] = element;
      }
    }
  }

  Iterable<E> get reversed {
    var result = <E>[];
    for (int i = length - 1; i >= 0; i--) {
      result.add(this[i]);
    }
    return result.skip(0);
  }

  String toString() => iterableToFullString(this, '[', ']');
}

/// Base class for lists: implement `length`, `length=`, `[]` and `[]=`.
abstract class ListBase<E> with ListMixin<E> {
  static String listToString(List list) => iterableToFullString(list, '[', ']');
}

abstract class _UnmodifiableListBase<E> extends ListBase<E> {
  void operator []=(int index, E value) => throw UnsupportedError('Cannot modify an unmodifiable list');
  set length(int newLength) => throw UnsupportedError('Cannot change the length of an unmodifiable list');
  set first(E element) => throw UnsupportedError('Cannot modify an unmodifiable list');
  set last(E element) => throw UnsupportedError('Cannot modify an unmodifiable list');
  void setAll(int at, Iterable<E> iterable) => throw UnsupportedError('Cannot modify an unmodifiable list');
  void add(E value) => throw UnsupportedError('Cannot add to an unmodifiable list');
  void insert(int index, E element) => throw UnsupportedError('Cannot add to an unmodifiable list');
  void insertAll(int at, Iterable<E> iterable) => throw UnsupportedError('Cannot add to an unmodifiable list');
  void addAll(Iterable<E> iterable) => throw UnsupportedError('Cannot add to an unmodifiable list');
  bool remove(Object? element) => throw UnsupportedError('Cannot remove from an unmodifiable list');
  void removeWhere(bool test(E element)) => throw UnsupportedError('Cannot remove from an unmodifiable list');
  void retainWhere(bool test(E element)) => throw UnsupportedError('Cannot remove from an unmodifiable list');
  void sort([Comparator<E>? compare]) => throw UnsupportedError('Cannot modify an unmodifiable list');
  void shuffle([dynamic random]) => throw UnsupportedError('Cannot modify an unmodifiable list');
  void clear() => throw UnsupportedError('Cannot clear an unmodifiable list');
  E removeAt(int index) => throw UnsupportedError('Cannot remove from an unmodifiable list');
  E removeLast() => throw UnsupportedError('Cannot remove from an unmodifiable list');
  void setRange(int start, int end, Iterable<E> iterable, [int skipCount = 0]) => throw UnsupportedError('Cannot modify an unmodifiable list');
  void removeRange(int start, int end) => throw UnsupportedError('Cannot remove from an unmodifiable list');
  void replaceRange(int start, int end, Iterable<E> iterable) => throw UnsupportedError('Cannot remove from an unmodifiable list');
  void fillRange(int start, int end, [E? fillValue]) => throw UnsupportedError('Cannot modify an unmodifiable list');
}

/// An unmodifiable List view of another Iterable.
class UnmodifiableListView<E> extends _UnmodifiableListBase<E> {
  final Iterable<E> _source;

  UnmodifiableListView(Iterable<E> source) : _source = source;

  List<R> cast<R>([dynamic type]) => UnmodifiableListView<R>(_source.cast(type));
  int get length => _source.length;
  E operator [](int index) => _source.elementAt(index);
}

// ---------------------------------------------------------------- Map

/// The Map members in terms of `keys`, `[]`, `[]=`, `remove` and `clear`.
mixin MapMixin<K, V> implements Map<K, V> {
  Iterable<K> get keys;
  V? operator [](Object? key);
  void operator []=(K key, V value);
  V? remove(Object? key);
  void clear();

  Map<RK, RV> cast<RK, RV>([dynamic keyType, dynamic valueType]) => this as Map<RK, RV>;

  void forEach(void action(K key, V value)) {
    for (K key in keys) {
      action(key, this[key] as V);
    }
  }

  void addAll(Map<K, V> other) {
    other.forEach((K key, V value) {
      this[key] = value;
    });
  }

  bool containsValue(Object? value) {
    for (K key in keys) {
      if (this[key] == value) return true;
    }
    return false;
  }

  V putIfAbsent(K key, V ifAbsent()) {
    if (containsKey(key)) {
      return this[key] as V;
    }
    return this[key] = ifAbsent();
  }

  V update(K key, V update(V value), {V Function()? ifAbsent}) {
    if (this.containsKey(key)) {
      return this[key] = update(this[key] as V);
    }
    if (ifAbsent != null) {
      return this[key] = ifAbsent();
    }
    throwArgumentValue(key, 'key', 'Key not in map.');
  }

  void updateAll(V update(K key, V value)) {
    for (var key in this.keys.toList()) {
      this[key] = update(key, this[key] as V);
    }
  }

  Iterable<MapEntry<K, V>> get entries => keys.map((K key) => MapEntry<K, V>(key, this[key] as V));

  Map<K2, V2> map<K2, V2>(MapEntry<K2, V2> transform(K key, V value)) {
    var result = <K2, V2>{};
    for (var key in this.keys) {
      var entry = transform(key, this[key] as V);
      result[entry.key] = entry.value;
    }
    return result;
  }

  void addEntries(Iterable<MapEntry<K, V>> newEntries) {
    for (var entry in newEntries) {
      this[entry.key] = entry.value;
    }
  }

  void removeWhere(bool test(K key, V value)) {
    var keysToRemove = <K>[];
    for (var key in keys) {
      if (test(key, this[key] as V)) keysToRemove.add(key);
    }
    for (var key in keysToRemove) {
      this.remove(key);
    }
  }

  bool containsKey(Object? key) => keys.contains(key);
  int get length => keys.length;
  bool get isEmpty => keys.isEmpty;
  bool get isNotEmpty => keys.isNotEmpty;
  Iterable<V> get values => _MapValues<K, V>(this);
  String toString() => MapBase.mapToString(this);
}

class _MapValues<K, V> extends Iterable<V> {
  final Map<K, V> _map;
  _MapValues(this._map);

  int get length => _map.length;
  bool get isEmpty => _map.isEmpty;
  bool get isNotEmpty => _map.isNotEmpty;
  V get first => _map[_map.keys.first] as V;
  V get single => _map[_map.keys.single] as V;
  V get last => _map[_map.keys.last] as V;
  Iterator<V> get iterator => _MapValuesIterator<K, V>(_map);
}

class _MapValuesIterator<K, V> implements Iterator<V> {
  final Iterator<K> _keys;
  final Map<K, V> _map;
  V? _current;

  _MapValuesIterator(Map<K, V> map)
      : _map = map,
        _keys = map.keys.iterator;

  bool moveNext() {
    if (_keys.moveNext()) {
      _current = _map[_keys.current];
      return true;
    }
    _current = null;
    return false;
  }

  V get current => _current as V;
}

/// Base class for maps: implement `keys`, `[]`, `[]=`, `remove` and `clear`.
abstract class MapBase<K, V> with MapMixin<K, V> {
  static String mapToString(Map<Object?, Object?> m) {
    if (isToStringVisiting(m)) {
      return '{...}';
    }
    var result = StringBuffer();
    toStringVisitingEnter(m);
    try {
      result.write('{');
      bool first = true;
      m.forEach((Object? k, Object? v) {
        if (!first) {
          result.write(', ');
        }
        first = false;
        result.write(k);
        result.write(': ');
        result.write(v);
      });
      result.write('}');
    } finally {
      toStringVisitingExit(m);
    }
    return result.toString();
  }
}

abstract class UnmodifiableMapBase<K, V> extends MapBase<K, V> {
  void operator []=(K key, V value) => throw UnsupportedError('Cannot modify unmodifiable map');
  void addAll(Map<K, V> other) => throw UnsupportedError('Cannot modify unmodifiable map');
  void addEntries(Iterable<MapEntry<K, V>> entries) => throw UnsupportedError('Cannot modify unmodifiable map');
  void clear() => throw UnsupportedError('Cannot modify unmodifiable map');
  V? remove(Object? key) => throw UnsupportedError('Cannot modify unmodifiable map');
  void removeWhere(bool test(K key, V value)) => throw UnsupportedError('Cannot modify unmodifiable map');
  V putIfAbsent(K key, V ifAbsent()) => throw UnsupportedError('Cannot modify unmodifiable map');
  V update(K key, V update(V value), {V Function()? ifAbsent}) => throw UnsupportedError('Cannot modify unmodifiable map');
  void updateAll(V update(K key, V value)) => throw UnsupportedError('Cannot modify unmodifiable map');
}

/// A Map that forwards every member to another map.
class MapView<K, V> implements Map<K, V> {
  final Map<K, V> _map;
  const MapView(Map<K, V> map) : _map = map;

  Map<RK, RV> cast<RK, RV>([dynamic keyType, dynamic valueType]) => _map.cast(keyType, valueType);
  V? operator [](Object? key) => _map[key];
  void operator []=(K key, V value) {
    _map[key] = value;
  }
  void addAll(Map<K, V> other) {
    _map.addAll(other);
  }
  void clear() {
    _map.clear();
  }
  V putIfAbsent(K key, V ifAbsent()) => _map.putIfAbsent(key, ifAbsent);
  bool containsKey(Object? key) => _map.containsKey(key);
  bool containsValue(Object? value) => _map.containsValue(value);
  void forEach(void action(K key, V value)) {
    _map.forEach(action);
  }
  bool get isEmpty => _map.isEmpty;
  bool get isNotEmpty => _map.isNotEmpty;
  int get length => _map.length;
  Iterable<K> get keys => _map.keys;
  V? remove(Object? key) => _map.remove(key);
  String toString() => _map.toString();
  Iterable<V> get values => _map.values;
  Iterable<MapEntry<K, V>> get entries => _map.entries;
  void addEntries(Iterable<MapEntry<K, V>> entries) {
    _map.addEntries(entries);
  }
  Map<K2, V2> map<K2, V2>(MapEntry<K2, V2> transform(K key, V value)) => _map.map<K2, V2>(transform);
  V update(K key, V update(V value), {V Function()? ifAbsent}) => _map.update(key, update, ifAbsent: ifAbsent);
  void updateAll(V update(K key, V value)) {
    _map.updateAll(update);
  }
  void removeWhere(bool test(K key, V value)) {
    _map.removeWhere(test);
  }
}

/// A MapView whose mutators throw.
class UnmodifiableMapView<K, V> extends MapView<K, V> {
  UnmodifiableMapView(Map<K, V> map) : super(map);

  Map<RK, RV> cast<RK, RV>([dynamic keyType, dynamic valueType]) => UnmodifiableMapView<RK, RV>(_map.cast(keyType, valueType));
  void operator []=(K key, V value) => throw UnsupportedError('Cannot modify unmodifiable map');
  void addAll(Map<K, V> other) => throw UnsupportedError('Cannot modify unmodifiable map');
  void addEntries(Iterable<MapEntry<K, V>> entries) => throw UnsupportedError('Cannot modify unmodifiable map');
  void clear() => throw UnsupportedError('Cannot modify unmodifiable map');
  V? remove(Object? key) => throw UnsupportedError('Cannot modify unmodifiable map');
  void removeWhere(bool test(K key, V value)) => throw UnsupportedError('Cannot modify unmodifiable map');
  V putIfAbsent(K key, V ifAbsent()) => throw UnsupportedError('Cannot modify unmodifiable map');
  V update(K key, V update(V value), {V Function()? ifAbsent}) => throw UnsupportedError('Cannot modify unmodifiable map');
  void updateAll(V update(K key, V value)) => throw UnsupportedError('Cannot modify unmodifiable map');
}

// ---------------------------------------------------------------- Set

/// The Set members in terms of `add`, `contains`, `lookup`, `remove`, `iterator`, `length` and `toSet`.
mixin SetMixin<E> implements Set<E> {
  bool add(E value);
  bool contains(Object? element);
  E? lookup(Object? element);
  bool remove(Object? value);
  Iterator<E> get iterator;
  Set<E> toSet();
  int get length;

  bool get isEmpty => length == 0;
  bool get isNotEmpty => length != 0;
  Set<R> cast<R>([dynamic type]) => this as Set<R>;
  Iterable<E> followedBy(Iterable<E> other) => iterableAdapter(this).followedBy(other);
  Iterable<T> whereType<T>([dynamic type]) => iterableAdapter(this).whereType(type);

  void clear() {
    removeAll(toList());
  }

  void addAll(Iterable<E> elements) {
    for (E element in elements) {
      add(element);
    }
  }

  void removeAll(Iterable<Object?> elements) {
    for (Object? element in elements) {
      remove(element);
    }
  }

  void retainAll(Iterable<Object?> elements) {
    Set<E> toRemove = toSet();
    for (Object? o in elements) {
      toRemove.remove(o);
    }
    removeAll(toRemove);
  }

  void removeWhere(bool test(E element)) {
    List<Object?> toRemove = [];
    for (E element in this) {
      if (test(element)) toRemove.add(element);
    }
    removeAll(toRemove);
  }

  void retainWhere(bool test(E element)) {
    List<Object?> toRemove = [];
    for (E element in this) {
      if (!test(element)) toRemove.add(element);
    }
    removeAll(toRemove);
  }

  bool containsAll(Iterable<Object?> other) {
    for (Object? o in other) {
      if (!contains(o)) return false;
    }
    return true;
  }

  Set<E> union(Set<E> other) {
    return toSet()..addAll(other);
  }

  Set<E> intersection(Set<Object?> other) {
    Set<E> result = toSet();
    for (E element in this) {
      if (!other.contains(element)) result.remove(element);
    }
    return result;
  }

  Set<E> difference(Set<Object?> other) {
    Set<E> result = toSet();
    for (E element in this) {
      if (other.contains(element)) result.remove(element);
    }
    return result;
  }

  List<E> toList({bool growable = true}) => iterableAdapter(this).toList(growable: growable);
  Iterable<T> map<T>(T f(E element)) => iterableAdapter(this).map(f);

  E get single {
    if (length > 1) _tooMany();
    Iterator<E> it = iterator;
    if (!it.moveNext()) _noElement();
    return it.current;
  }

  String toString() => iterableToFullString(this, '{', '}');

  Iterable<E> where(bool f(E element)) => iterableAdapter(this).where(f);
  Iterable<T> expand<T>(Iterable<T> f(E element)) => iterableAdapter(this).expand(f);
  void forEach(void f(E element)) {
    for (E element in this) {
      f(element);
    }
  }
  E reduce(E combine(E value, E element)) => iterableAdapter(this).reduce(combine);
  T fold<T>(T initialValue, T combine(T previousValue, E element)) => iterableAdapter(this).fold(initialValue, combine);
  bool every(bool f(E element)) => iterableAdapter(this).every(f);
  String join([String separator = '']) => iterableAdapter(this).join(separator);
  bool any(bool test(E element)) => iterableAdapter(this).any(test);
  Iterable<E> take(int n) => iterableAdapter(this).take(n);
  Iterable<E> takeWhile(bool test(E value)) => iterableAdapter(this).takeWhile(test);
  Iterable<E> skip(int n) => iterableAdapter(this).skip(n);
  Iterable<E> skipWhile(bool test(E value)) => iterableAdapter(this).skipWhile(test);
  E get first => iterableAdapter(this).first;
  E get last => iterableAdapter(this).last;
  E firstWhere(bool test(E value), {E Function()? orElse}) => iterableAdapter(this).firstWhere(test, orElse: orElse);
  E lastWhere(bool test(E value), {E Function()? orElse}) => iterableAdapter(this).lastWhere(test, orElse: orElse);
  E singleWhere(bool test(E value), {E Function()? orElse}) => iterableAdapter(this).singleWhere(test, orElse: orElse);
  E elementAt(int index) => iterableAdapter(this).elementAt(index);
}

/// Base class for sets: implement `add`, `contains`, `lookup`, `remove`, `iterator`, `length` and `toSet`.
abstract class SetBase<E> with SetMixin<E> {
  static String setToString(Set set) => iterableToFullString(set, '{', '}');
}

/// An unmodifiable Set view of another Set.
class UnmodifiableSetView<E> extends SetBase<E> {
  final Set<E> _source;

  UnmodifiableSetView(Set<E> source) : _source = source;

  Set<R> cast<R>([dynamic type]) => UnmodifiableSetView<R>(_source.cast(type));
  bool contains(Object? element) => _source.contains(element);
  E? lookup(Object? element) => _source.lookup(element);
  int get length => _source.length;
  Iterator<E> get iterator => _source.iterator;
  Set<E> toSet() => _source.toSet();

  bool add(E value) => throw UnsupportedError('Cannot change an unmodifiable set');
  void clear() => throw UnsupportedError('Cannot change an unmodifiable set');
  void addAll(Iterable<E> elements) => throw UnsupportedError('Cannot change an unmodifiable set');
  void removeAll(Iterable<Object?> elements) => throw UnsupportedError('Cannot change an unmodifiable set');
  void retainAll(Iterable<Object?> elements) => throw UnsupportedError('Cannot change an unmodifiable set');
  void removeWhere(bool test(E element)) => throw UnsupportedError('Cannot change an unmodifiable set');
  void retainWhere(bool test(E element)) => throw UnsupportedError('Cannot change an unmodifiable set');
  bool remove(Object? value) => throw UnsupportedError('Cannot change an unmodifiable set');
}

// ---------------------------------------------------------------- SplayTree

class _SplayNode<K> {
  final K key;
  Object? value;
  _SplayNode<K>? left;
  _SplayNode<K>? right;
  _SplayNode(this.key, this.value);
}

/// A top-down splay tree of keys (and values, for maps) ordered by `_compare`.
class _SplayTree<K> {
  _SplayNode<K>? _root;
  int _count = 0;
  int _modificationCount = 0;
  final int Function(K, K) _compare;
  final bool Function(dynamic) _validKey;

  _SplayTree(int Function(K, K)? compare, bool Function(dynamic)? isValidKey)
      : _compare = compare ?? _compareAny,
        _validKey = isValidKey ?? ((dynamic a) => true);

  /// Splays the node of `key`, or its last neighbour on the search path, to the root;
  /// the comparison of the new root with `key` (-1 when empty).
  int _splay(K key) {
    var root = _root;
    if (root == null) {
      return -1;
    }
    _SplayNode<K>? leftRoot;
    _SplayNode<K>? leftLast;
    _SplayNode<K>? rightRoot;
    _SplayNode<K>? rightLast;
    int comp;
    while (true) {
      comp = _compare(root!.key, key);
      if (comp > 0) {
        var l = root.left;
        if (l == null) break;
        comp = _compare(l.key, key);
        if (comp > 0) {
          root.left = l.right;
          l.right = root;
          root = l;
          l = root.left;
          if (l == null) break;
        }
        if (rightLast == null) {
          rightRoot = root;
        } else {
          rightLast.left = root;
        }
        rightLast = root;
        root = l;
      } else if (comp < 0) {
        var r = root.right;
        if (r == null) break;
        comp = _compare(r.key, key);
        if (comp < 0) {
          root.right = r.left;
          r.left = root;
          root = r;
          r = root.right;
          if (r == null) break;
        }
        if (leftLast == null) {
          leftRoot = root;
        } else {
          leftLast.right = root;
        }
        leftLast = root;
        root = r;
      } else {
        break;
      }
    }
    if (leftLast != null) {
      leftLast.right = root.left;
      root.left = leftRoot;
    }
    if (rightLast != null) {
      rightLast.left = root.right;
      root.right = rightRoot;
    }
    _root = root;
    return comp;
  }

  _SplayNode<K>? _first() {
    var node = _root;
    if (node == null) return null;
    while (node!.left != null) {
      node = node.left;
    }
    return node;
  }

  _SplayNode<K>? _last() {
    var node = _root;
    if (node == null) return null;
    while (node!.right != null) {
      node = node.right;
    }
    return node;
  }

  /// Inserts a new node at the root; `comp` is the result of `_splay(key)`.
  void _addNewRoot(_SplayNode<K> node, int comp) {
    _count++;
    _modificationCount++;
    var root = _root;
    if (root == null) {
      _root = node;
      return;
    }
    if (comp < 0) {
      node.left = root;
      node.right = root.right;
      root.right = null;
    } else {
      node.right = root;
      node.left = root.left;
      root.left = null;
    }
    _root = node;
  }

  /// Removes the root, which has `key`.
  _SplayNode<K> _removeRoot() {
    var root = _root!;
    _count--;
    _modificationCount++;
    var left = root.left;
    var right = root.right;
    if (left == null) {
      _root = right;
    } else if (right == null) {
      _root = left;
    } else {
      _root = left;
      _splay(root.key);
      _root!.right = right;
    }
    return root;
  }

  void _clear() {
    _root = null;
    _count = 0;
    _modificationCount++;
  }

  /// The nodes in key order, as the iterators see them.
  List<_SplayNode<K>> _nodes() {
    var result = <_SplayNode<K>>[];
    var stack = <_SplayNode<K>>[];
    var node = _root;
    while (node != null || stack.isNotEmpty) {
      while (node != null) {
        stack.add(node);
        node = node.left;
      }
      node = stack.removeLast();
      result.add(node);
      node = node.right;
    }
    return result;
  }

  K? _lastKeyBefore(K key) {
    if (_root == null) return null;
    int comp = _splay(key);
    if (comp < 0) return _root!.key;
    var node = _root!.left;
    if (node == null) return null;
    while (node!.right != null) {
      node = node.right;
    }
    return node.key;
  }

  K? _firstKeyAfter(K key) {
    if (_root == null) return null;
    int comp = _splay(key);
    if (comp > 0) return _root!.key;
    var node = _root!.right;
    if (node == null) return null;
    while (node!.left != null) {
      node = node.left;
    }
    return node.key;
  }
}

class _SplayTreeIterator<K, T> implements Iterator<T> {
  final _SplayTree<K> _tree;
  final List<_SplayNode<K>> _nodes;
  final T Function(_SplayNode<K>) _project;
  final int _modificationCount;
  int _index = -1;

  _SplayTreeIterator(this._tree, this._project)
      : _nodes = _tree._nodes(),
        _modificationCount = _tree._modificationCount;

  T get current => _index >= 0 && _index < _nodes.length ? _project(_nodes[_index]) : null as T;

  bool moveNext() {
    if (_tree._modificationCount != _modificationCount) {
      throwConcurrentModification(_tree);
    }
    if (_index < _nodes.length) _index++;
    return _index < _nodes.length;
  }
}

class _SplayTreeIterable<K, T> extends Iterable<T> {
  final _SplayTree<K> _tree;
  final T Function(_SplayNode<K>) _project;
  final bool _isKeys;
  _SplayTreeIterable(this._tree, this._project, this._isKeys);

  int get length => _tree._count;
  bool get isEmpty => _tree._count == 0;
  bool get isNotEmpty => _tree._count != 0;
  Iterator<T> get iterator => _SplayTreeIterator<K, T>(_tree, _project);
  bool contains(Object? o) {
    if (_isKeys) {
      var tree = _tree;
      return tree is SplayTreeMap ? (tree as SplayTreeMap).containsKey(o) : super.contains(o);
    }
    return super.contains(o);
  }
}

/// A Map ordered by `compare`, stored in a self-balancing (splay) tree.
class SplayTreeMap<K, V> extends _SplayTree<K> with MapMixin<K, V> {
  SplayTreeMap([int Function(K key1, K key2)? compare, bool Function(dynamic potentialKey)? isValidKey])
      : super(compare, isValidKey);

  factory SplayTreeMap.from(Map<dynamic, dynamic> other, [int Function(K key1, K key2)? compare, bool Function(dynamic potentialKey)? isValidKey]) {
    var result = SplayTreeMap<K, V>(compare, isValidKey);
    other.forEach((dynamic k, dynamic v) {
      result[k as K] = v as V;
    });
    return result;
  }

  factory SplayTreeMap.of(Map<K, V> other, [int Function(K key1, K key2)? compare, bool Function(dynamic potentialKey)? isValidKey]) =>
      SplayTreeMap<K, V>(compare, isValidKey)..addAll(other);

  factory SplayTreeMap.fromIterable(Iterable iterable, {K Function(dynamic element)? key, V Function(dynamic element)? value, int Function(K key1, K key2)? compare, bool Function(dynamic potentialKey)? isValidKey}) {
    var map = SplayTreeMap<K, V>(compare, isValidKey);
    for (var element in iterable) {
      map[key == null ? element as K : key(element)] = value == null ? element as V : value(element);
    }
    return map;
  }

  factory SplayTreeMap.fromIterables(Iterable<K> keys, Iterable<V> values, [int Function(K key1, K key2)? compare, bool Function(dynamic potentialKey)? isValidKey]) {
    var map = SplayTreeMap<K, V>(compare, isValidKey);
    Iterator<K> keyIterator = keys.iterator;
    Iterator<V> valueIterator = values.iterator;
    bool hasNextKey = keyIterator.moveNext();
    bool hasNextValue = valueIterator.moveNext();
    while (hasNextKey && hasNextValue) {
      map[keyIterator.current] = valueIterator.current;
      hasNextKey = keyIterator.moveNext();
      hasNextValue = valueIterator.moveNext();
    }
    if (hasNextKey || hasNextValue) {
      throw ArgumentError('Iterables do not have same length.');
    }
    return map;
  }

  V? operator [](Object? key) {
    if (!_validKey(key)) return null;
    if (_root != null && _splay(key as K) == 0) {
      return _root!.value as V;
    }
    return null;
  }

  V? remove(Object? key) {
    if (!_validKey(key)) return null;
    if (_root != null && _splay(key as K) == 0) {
      return _removeRoot().value as V;
    }
    return null;
  }

  void operator []=(K key, V value) {
    int comp = _splay(key);
    if (comp == 0) {
      _root!.value = value;
      return;
    }
    _addNewRoot(_SplayNode<K>(key, value), comp);
  }

  V putIfAbsent(K key, V ifAbsent()) {
    int comp = _splay(key);
    if (comp == 0) {
      return _root!.value as V;
    }
    int modificationCount = _modificationCount;
    V value = ifAbsent();
    if (modificationCount != _modificationCount) {
      throwConcurrentModification(this);
    }
    comp = _splay(key);
    _addNewRoot(_SplayNode<K>(key, value), comp);
    return value;
  }

  V update(K key, V update(V value), {V Function()? ifAbsent}) {
    int comp = _splay(key);
    if (comp == 0) {
      int modificationCount = _modificationCount;
      V newValue = update(_root!.value as V);
      if (modificationCount != _modificationCount) {
        throwConcurrentModification(this);
      }
      _splay(key);
      _root!.value = newValue;
      return newValue;
    }
    if (ifAbsent != null) {
      int modificationCount = _modificationCount;
      V newValue = ifAbsent();
      if (modificationCount != _modificationCount) {
        throwConcurrentModification(this);
      }
      comp = _splay(key);
      _addNewRoot(_SplayNode<K>(key, newValue), comp);
      return newValue;
    }
    throwArgumentValue(key, 'key', 'Key not in map.');
  }

  void updateAll(V update(K key, V value)) {
    for (var node in _nodes()) {
      int modificationCount = _modificationCount;
      node.value = update(node.key, node.value as V);
      if (modificationCount != _modificationCount) {
        throwConcurrentModification(this);
      }
    }
  }

  void addAll(Map<K, V> other) {
    other.forEach((K key, V value) {
      this[key] = value;
    });
  }

  bool get isEmpty => _root == null;
  bool get isNotEmpty => _root != null;
  int get length => _count;

  void forEach(void f(K key, V value)) {
    for (var it = _SplayTreeIterator<K, _SplayNode<K>>(this, (n) => n); it.moveNext();) {
      var node = it.current;
      f(node.key, node.value as V);
    }
  }

  void clear() {
    _clear();
  }

  bool containsKey(Object? key) => _validKey(key) && _root != null && _splay(key as K) == 0;

  bool containsValue(Object? value) {
    int initialModificationCount = _modificationCount;
    for (var node in _nodes()) {
      if (node.value == value) return true;
      if (initialModificationCount != _modificationCount) {
        throwConcurrentModification(this);
      }
    }
    return false;
  }

  Iterable<K> get keys => _SplayTreeIterable<K, K>(this, (n) => n.key, true);
  Iterable<V> get values => _SplayTreeIterable<K, V>(this, (n) => n.value as V, false);
  Iterable<MapEntry<K, V>> get entries => _SplayTreeIterable<K, MapEntry<K, V>>(this, (n) => MapEntry<K, V>(n.key, n.value as V), false);

  K? firstKey() => _first()?.key;
  K? lastKey() => _last()?.key;
  K? lastKeyBefore(K key) => _lastKeyBefore(key);
  K? firstKeyAfter(K key) => _firstKeyAfter(key);
}

/// A Set ordered by `compare`, stored in a self-balancing (splay) tree.
class SplayTreeSet<E> extends _SplayTree<E> with IterableMixin<E>, SetMixin<E> {
  SplayTreeSet([int Function(E key1, E key2)? compare, bool Function(dynamic potentialKey)? isValidKey])
      : super(compare, isValidKey);

  factory SplayTreeSet.from(Iterable elements, [int Function(E key1, E key2)? compare, bool Function(dynamic potentialKey)? isValidKey]) {
    var result = SplayTreeSet<E>(compare, isValidKey);
    for (var element in elements) {
      result.add(element as E);
    }
    return result;
  }

  factory SplayTreeSet.of(Iterable<E> elements, [int Function(E key1, E key2)? compare, bool Function(dynamic potentialKey)? isValidKey]) =>
      SplayTreeSet<E>(compare, isValidKey)..addAll(elements);

  Iterator<E> get iterator => _SplayTreeIterator<E, E>(this, (n) => n.key);
  int get length => _count;
  bool get isEmpty => _root == null;
  bool get isNotEmpty => _root != null;

  E get first {
    if (_count == 0) _noElement();
    return _first()!.key;
  }

  E get last {
    if (_count == 0) _noElement();
    return _last()!.key;
  }

  E get single {
    if (_count == 0) _noElement();
    if (_count > 1) _tooMany();
    return _root!.key;
  }

  bool contains(Object? element) => _validKey(element) && _root != null && _splay(element as E) == 0;

  bool add(E element) {
    int comp = _splay(element);
    if (comp == 0) return false;
    _addNewRoot(_SplayNode<E>(element, null), comp);
    return true;
  }

  bool remove(Object? object) {
    if (!_validKey(object)) return false;
    if (_root != null && _splay(object as E) == 0) {
      _removeRoot();
      return true;
    }
    return false;
  }

  void addAll(Iterable<E> elements) {
    for (E element in elements) {
      add(element);
    }
  }

  void removeAll(Iterable<Object?> elements) {
    for (Object? element in elements) {
      remove(element);
    }
  }

  void retainAll(Iterable<Object?> elements) {
    var retainSet = SplayTreeSet<E>(_compare, _validKey);
    int modificationCount = _modificationCount;
    for (Object? object in elements) {
      if (modificationCount != _modificationCount) {
        throwConcurrentModification(this);
      }
      if (_validKey(object) && _root != null && _splay(object as E) == 0) {
        retainSet.add(_root!.key);
      }
    }
    if (retainSet._count != _count) {
      _root = retainSet._root;
      _count = retainSet._count;
      _modificationCount++;
    }
  }

  E? lookup(Object? object) {
    if (!_validKey(object)) return null;
    if (_root != null && _splay(object as E) == 0) return _root!.key;
    return null;
  }

  Set<E> intersection(Set<Object?> other) {
    var result = SplayTreeSet<E>(_compare, _validKey);
    for (E element in this) {
      if (other.contains(element)) result.add(element);
    }
    return result;
  }

  Set<E> difference(Set<Object?> other) {
    var result = SplayTreeSet<E>(_compare, _validKey);
    for (E element in this) {
      if (!other.contains(element)) result.add(element);
    }
    return result;
  }

  Set<E> union(Set<E> other) => toSet()..addAll(other);

  void clear() {
    _clear();
  }

  Set<E> toSet() => SplayTreeSet<E>(_compare, _validKey)..addAll(this);

  String toString() => iterableToFullString(this, '{', '}');
}

// ---------------------------------------------------------------- HashMap, HashSet
// The VM's unordered hash tables (collection_patch.dart's _HashMap and _HashSet). The table is
// a Java map or set made by hashTableMap/hashTableSet (dart:_internal) that iterates in the
// VM's bucket order (runtime/DartBucketOrder); with the VM's hashCode values (DartHashCodes)
// that order is the VM's for ints, doubles, strings, bools, null and positional records.
// Identity hashes are random on the VM, so orders that depend on them differ.

abstract class HashMap<K, V> implements Map<K, V> {
  factory HashMap({bool Function(K, K)? equals, int Function(K)? hashCode, bool Function(dynamic)? isValidKey}) {
    // With equals or hashCode but no isValidKey, the VM looks up only keys that are Ks.
    bool typeTest = (equals != null || hashCode != null) && isValidKey == null;
    return _HashMap<K, V>(hashTableMap(<K, V>{}, equals, hashCode, isValidKey, false), typeTest);
  }

  factory HashMap.identity() => _HashMap<K, V>(hashTableMap(<K, V>{}, null, null, null, true), false);

  factory HashMap.from(Map<dynamic, dynamic> other) {
    var result = HashMap<K, V>();
    other.forEach((dynamic k, dynamic v) {
      result[k as K] = v as V;
    });
    return result;
  }

  factory HashMap.of(Map<K, V> other) => HashMap<K, V>()..addAll(other);

  factory HashMap.fromIterable(Iterable iterable, {K Function(dynamic element)? key, V Function(dynamic element)? value}) {
    var map = HashMap<K, V>();
    for (var element in iterable) {
      map[key == null ? element as K : key(element)] = value == null ? element as V : value(element);
    }
    return map;
  }

  factory HashMap.fromIterables(Iterable<K> keys, Iterable<V> values) {
    var map = HashMap<K, V>();
    Iterator<K> keyIterator = keys.iterator;
    Iterator<V> valueIterator = values.iterator;
    bool hasNextKey = keyIterator.moveNext();
    bool hasNextValue = valueIterator.moveNext();
    while (hasNextKey && hasNextValue) {
      map[keyIterator.current] = valueIterator.current;
      hasNextKey = keyIterator.moveNext();
      hasNextValue = valueIterator.moveNext();
    }
    if (hasNextKey || hasNextValue) {
      throw ArgumentError('Iterables do not have same length.');
    }
    return map;
  }

  factory HashMap.fromEntries(Iterable<MapEntry<K, V>> entries) => HashMap<K, V>()..addEntries(entries);
}

/// A HashMap: its table behind a view.
class _HashMap<K, V> extends MapView<K, V> implements HashMap<K, V> {
  final bool _typeTest;

  _HashMap(Map<K, V> table, this._typeTest) : super(table);

  V? operator [](Object? key) => _typeTest && key is! K ? null : _map[key];
  bool containsKey(Object? key) => !(_typeTest && key is! K) && _map.containsKey(key);
  V? remove(Object? key) => _typeTest && key is! K ? null : _map.remove(key);
}

abstract class HashSet<E> implements Set<E> {
  factory HashSet({bool Function(E, E)? equals, int Function(E)? hashCode, bool Function(dynamic)? isValidKey}) =>
      _HashSet<E>(equals, hashCode, isValidKey, false);

  factory HashSet.identity() => _HashSet<E>(null, null, null, true);

  factory HashSet.from(Iterable<dynamic> elements) {
    var result = HashSet<E>();
    for (var e in elements) {
      result.add(e as E);
    }
    return result;
  }

  factory HashSet.of(Iterable<E> elements) => HashSet<E>()..addAll(elements);
}

/// A HashSet: its table behind the Set members.
class _HashSet<E> extends SetBase<E> implements HashSet<E> {
  final bool Function(E, E)? _equals;
  final int Function(E)? _hashCode;
  final bool Function(dynamic)? _isValidKey;
  final bool _identity;
  final bool _typeTest;
  final Set<E> _set;

  _HashSet(this._equals, this._hashCode, this._isValidKey, this._identity)
      : _typeTest = (_equals != null || _hashCode != null) && _isValidKey == null,
        _set = hashTableSet(<E>{}, _equals, _hashCode, _isValidKey, _identity);

  bool add(E value) => _set.add(value);
  void addAll(Iterable<E> elements) => _set.addAll(elements);
  bool contains(Object? element) => !(_typeTest && element is! E) && _set.contains(element);
  E? lookup(Object? element) => _typeTest && element is! E ? null : _set.lookup(element);
  bool remove(Object? value) => !(_typeTest && value is! E) && _set.remove(value);
  Iterator<E> get iterator => _set.iterator;
  int get length => _set.length;
  void clear() => _set.clear();
  Set<E> toSet() => _HashSet<E>(_equals, _hashCode, _isValidKey, _identity)..addAll(this);
}

// ---------------------------------------------------------------- DoubleLinkedQueue

/// An entry of a DoubleLinkedQueue: its element and links to its neighbours.
class DoubleLinkedQueueEntry<E> {
  DoubleLinkedQueue<E>? _queue;
  DoubleLinkedQueueEntry<E>? _previousLink;
  DoubleLinkedQueueEntry<E>? _nextLink;
  // Null only in a queue's sentinel, which holds no element.
  E? _element;

  DoubleLinkedQueueEntry(E element) : _element = element;

  DoubleLinkedQueueEntry._empty();

  E get element => _element as E;
  set element(E value) {
    _element = value;
  }

  bool get _isSentinel => false;

  void _link(DoubleLinkedQueueEntry<E>? previous, DoubleLinkedQueueEntry<E>? next) {
    _nextLink = next;
    _previousLink = previous;
    if (previous != null) previous._nextLink = this;
    if (next != null) next._previousLink = this;
  }

  DoubleLinkedQueueEntry<E> _insertAfterThis(E e) {
    var entry = DoubleLinkedQueueEntry<E>(e);
    entry._queue = _queue;
    entry._link(this, _nextLink);
    if (_queue != null) {
      _queue!._elementCount++;
    }
    return entry;
  }

  /// Adds `e` after this entry.
  void append(E e) {
    _insertAfterThis(e);
  }

  /// Adds `e` before this entry.
  void prepend(E e) {
    var entry = DoubleLinkedQueueEntry<E>(e);
    entry._queue = _queue;
    entry._link(_previousLink, this);
    if (_queue != null) {
      _queue!._elementCount++;
    }
  }

  /// Removes this entry from its queue; its element.
  E remove() {
    if (_previousLink != null) _previousLink!._nextLink = _nextLink;
    if (_nextLink != null) _nextLink!._previousLink = _previousLink;
    if (_queue != null) {
      _queue!._elementCount--;
    }
    _queue = null;
    _nextLink = null;
    _previousLink = null;
    return element;
  }

  DoubleLinkedQueueEntry<E>? previousEntry() {
    var previous = _previousLink;
    return previous == null || previous._isSentinel ? null : previous;
  }

  DoubleLinkedQueueEntry<E>? nextEntry() {
    var next = _nextLink;
    return next == null || next._isSentinel ? null : next;
  }
}

class _DoubleLinkedQueueSentinel<E> extends DoubleLinkedQueueEntry<E> {
  _DoubleLinkedQueueSentinel(DoubleLinkedQueue<E> queue) : super._empty() {
    _queue = queue;
    _previousLink = this;
    _nextLink = this;
  }

  bool get _isSentinel => true;
}

class _DoubleLinkedQueueIterator<E> implements Iterator<E> {
  final DoubleLinkedQueue<E> _queue;
  DoubleLinkedQueueEntry<E>? _nextEntry;
  E? _current;

  _DoubleLinkedQueueIterator(DoubleLinkedQueue<E> queue)
      : _queue = queue,
        _nextEntry = queue._sentinel._nextLink;

  bool moveNext() {
    var next = _nextEntry;
    if (next == null || identical(next, _queue._sentinel)) {
      _current = null;
      _nextEntry = null;
      return false;
    }
    if (!identical(next._queue, _queue)) {
      throwConcurrentModification(_queue);
    }
    _current = next.element;
    _nextEntry = next._nextLink;
    return true;
  }

  E get current => _current as E;
}

/// A Queue as a doubly-linked list of DoubleLinkedQueueEntry objects.
class DoubleLinkedQueue<E> extends Iterable<E> implements Queue<E> {
  late final _DoubleLinkedQueueSentinel<E> _sentinel = _DoubleLinkedQueueSentinel<E>(this);
  int _elementCount = 0;

  DoubleLinkedQueue();

  factory DoubleLinkedQueue.from(Iterable<dynamic> elements) {
    var list = DoubleLinkedQueue<E>();
    for (final e in elements) {
      list.addLast(e as E);
    }
    return list;
  }

  factory DoubleLinkedQueue.of(Iterable<E> elements) => DoubleLinkedQueue<E>()..addAll(elements);

  Queue<R> cast<R>([dynamic type]) => this as Queue<R>;
  int get length => _elementCount;
  bool get isEmpty => _elementCount == 0;
  bool get isNotEmpty => _elementCount != 0;

  void addLast(E value) {
    _sentinel.prepend(value);
  }

  void addFirst(E value) {
    _sentinel.append(value);
  }

  void add(E value) {
    _sentinel.prepend(value);
  }

  void addAll(Iterable<E> iterable) {
    for (final E value in iterable) {
      _sentinel.prepend(value);
    }
  }

  E removeLast() {
    var last = _sentinel._previousLink!;
    if (identical(last, _sentinel)) _noElement();
    return last.remove();
  }

  E removeFirst() {
    var first = _sentinel._nextLink!;
    if (identical(first, _sentinel)) _noElement();
    return first.remove();
  }

  bool remove(Object? o) {
    var entry = _sentinel._nextLink!;
    while (!identical(entry, _sentinel)) {
      bool equals = (entry.element == o);
      if (!identical(this, entry._queue)) {
        throwConcurrentModification(this);
      }
      if (equals) {
        entry.remove();
        return true;
      }
      entry = entry._nextLink!;
    }
    return false;
  }

  void _filter(bool test(E element), bool removeMatching) {
    var entry = _sentinel._nextLink!;
    while (!identical(entry, _sentinel)) {
      bool matches = test(entry.element);
      if (!identical(this, entry._queue)) {
        throwConcurrentModification(this);
      }
      var next = entry._nextLink!;
      if (identical(removeMatching, matches)) {
        entry.remove();
      }
      entry = next;
    }
  }

  void removeWhere(bool test(E element)) {
    _filter(test, true);
  }

  void retainWhere(bool test(E element)) {
    _filter(test, false);
  }

  E get first {
    var firstEntry = _sentinel._nextLink!;
    if (identical(firstEntry, _sentinel)) _noElement();
    return firstEntry.element;
  }

  E get last {
    var lastEntry = _sentinel._previousLink!;
    if (identical(lastEntry, _sentinel)) _noElement();
    return lastEntry.element;
  }

  E get single {
    var entry = _sentinel._nextLink!;
    if (identical(entry, _sentinel)) _noElement();
    if (!identical(entry, _sentinel._previousLink)) _tooMany();
    return entry.element;
  }

  DoubleLinkedQueueEntry<E>? firstEntry() => _sentinel.nextEntry();
  DoubleLinkedQueueEntry<E>? lastEntry() => _sentinel.previousEntry();

  void clear() {
    var entry = _sentinel._nextLink!;
    while (!identical(entry, _sentinel)) {
      var next = entry._nextLink!;
      entry._queue = null;
      entry._nextLink = null;
      entry._previousLink = null;
      entry = next;
    }
    _sentinel._nextLink = _sentinel;
    _sentinel._previousLink = _sentinel;
    _elementCount = 0;
  }

  void forEachEntry(void action(DoubleLinkedQueueEntry<E> element)) {
    var entry = _sentinel._nextLink!;
    while (!identical(entry, _sentinel)) {
      var next = entry._nextLink!;
      action(entry);
      if (identical(this, entry._queue)) {
        next = entry._nextLink!;
      } else if (!identical(this, next._queue)) {
        throwConcurrentModification(this);
      }
      entry = next;
    }
  }

  Iterator<E> get iterator => _DoubleLinkedQueueIterator<E>(this);

  String toString() => iterableToFullString(this, '{', '}');
}

/// A doubly linked list of [LinkedListEntry] objects, which know the list they are in
/// (dart:collection's LinkedList: entries are linked into one list at a time).
final class LinkedList<E extends LinkedListEntry<E>> extends Iterable<E> {
  int _modificationCount = 0;
  int _length = 0;
  E? _first;

  LinkedList();

  void addFirst(E entry) {
    _insertBefore(_first, entry, updateFirst: true);
    _first = entry;
  }

  void add(E entry) {
    _insertBefore(_first, entry, updateFirst: false);
  }

  void addAll(Iterable<E> entries) {
    entries.forEach(add);
  }

  bool remove(E entry) {
    if (!identical(entry._list, this)) return false;
    _unlink(entry);
    return true;
  }

  bool contains(Object? entry) => entry is LinkedListEntry && identical(this, entry.list);

  Iterator<E> get iterator => _LinkedListIterator<E>(this);

  int get length => _length;

  void clear() {
    _modificationCount++;
    if (isEmpty) return;
    E next = _first!;
    do {
      E entry = next;
      next = entry._next!;
      entry._next = entry._previous = entry._list = null;
    } while (!identical(next, _first));
    _first = null;
    _length = 0;
  }

  E get first {
    if (isEmpty) throw StateError('No element');
    return _first!;
  }

  E get last {
    if (isEmpty) throw StateError('No element');
    return _first!._previous!;
  }

  E get single {
    if (isEmpty) throw StateError('No element');
    if (_length > 1) throw StateError('Too many elements');
    return _first!;
  }

  void forEach(void action(E entry)) {
    int modificationCount = _modificationCount;
    if (isEmpty) return;
    E current = _first!;
    do {
      action(current);
      if (modificationCount != _modificationCount) {
        throw ConcurrentModificationError(this);
      }
      current = current._next!;
    } while (!identical(current, _first));
  }

  bool get isEmpty => _length == 0;

  void _insertBefore(E? entry, E newEntry, {required bool updateFirst}) {
    if (newEntry.list != null) {
      throw StateError('LinkedListEntry is already in a LinkedList');
    }
    _modificationCount++;
    newEntry._list = this;
    if (isEmpty) {
      newEntry._previous = newEntry;
      newEntry._next = newEntry;
      _first = newEntry;
      _length++;
      return;
    }
    E predecessor = entry!._previous!;
    E successor = entry;
    newEntry._previous = predecessor;
    newEntry._next = successor;
    predecessor._next = newEntry;
    successor._previous = newEntry;
    if (updateFirst && identical(entry, _first)) {
      _first = newEntry;
    }
    _length++;
  }

  void _unlink(E entry) {
    _modificationCount++;
    entry._next!._previous = entry._previous;
    E? next = entry._previous!._next = entry._next;
    _length--;
    entry._list = entry._next = entry._previous = null;
    if (isEmpty) {
      _first = null;
    } else if (identical(entry, _first)) {
      _first = next;
    }
  }
}

class _LinkedListIterator<E extends LinkedListEntry<E>> implements Iterator<E> {
  final LinkedList<E> _list;
  final int _modificationCount;
  E? _current;
  E? _next;
  bool _visitedFirst = false;

  _LinkedListIterator(LinkedList<E> list)
      : _list = list,
        _modificationCount = list._modificationCount,
        _next = list._first;

  E get current => _current as E;

  bool moveNext() {
    if (_modificationCount != _list._modificationCount) {
      throw ConcurrentModificationError(_list);
    }
    if (_list.isEmpty || (_visitedFirst && identical(_next, _list._first))) {
      _current = null;
      return false;
    }
    _visitedFirst = true;
    _current = _next;
    _next = _next!._next;
    return true;
  }
}

/// An element of a [LinkedList]: it knows its list and its neighbours there.
abstract base mixin class LinkedListEntry<E extends LinkedListEntry<E>> {
  LinkedList<E>? _list;
  E? _next;
  E? _previous;

  LinkedList<E>? get list => _list;

  void unlink() {
    _list!._unlink(this as E);
  }

  E? get next {
    if (_list == null || identical(_list!.first, _next)) return null;
    return _next;
  }

  E? get previous {
    if (_list == null || identical(this, _list!.first)) return null;
    return _previous;
  }

  void insertAfter(E entry) {
    _list!._insertBefore(_next, entry, updateFirst: false);
  }

  void insertBefore(E entry) {
    _list!._insertBefore(this as E, entry, updateFirst: true);
  }
}
