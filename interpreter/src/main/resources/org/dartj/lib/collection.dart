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
      iterableToShortString(iterable, leftDelimiter, rightDelimiter);

  static String iterableToFullString(Iterable iterable, [String leftDelimiter = '(', String rightDelimiter = ')']) =>
      iterableToFullString(iterable, leftDelimiter, rightDelimiter);
}

/// The Iterable members in terms of `iterator`.
mixin IterableMixin<E> implements Iterable<E> {
  Iterator<E> get iterator;
  Iterable<R> cast<R>() => this as Iterable<R>;
  Iterable<T> map<T>(T toElement(E e)) => iterableAdapter(this).map(toElement);
  Iterable<E> where(bool test(E element)) => iterableAdapter(this).where(test);
  Iterable<T> whereType<T>() => iterableAdapter(this).whereType<T>();
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
  Iterable<T> whereType<T>() => iterableAdapter(this).whereType<T>();
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

  List<R> cast<R>() => this as List<R>;

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

  List<R> cast<R>() => UnmodifiableListView<R>(_source.cast<R>());
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

  Map<RK, RV> cast<RK, RV>() => this as Map<RK, RV>;

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

  Map<RK, RV> cast<RK, RV>() => _map.cast<RK, RV>();
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

  Map<RK, RV> cast<RK, RV>() => UnmodifiableMapView<RK, RV>(_map.cast<RK, RV>());
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
  Set<R> cast<R>() => this as Set<R>;
  Iterable<E> followedBy(Iterable<E> other) => iterableAdapter(this).followedBy(other);
  Iterable<T> whereType<T>() => iterableAdapter(this).whereType<T>();

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

  Set<R> cast<R>() => UnmodifiableSetView<R>(_source.cast<R>());
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
