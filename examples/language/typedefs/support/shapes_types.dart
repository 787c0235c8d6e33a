// Typedefs another library imports: an old-style function typedef, a generic one and a
// class-type alias.
typedef int Combine(int a, int b);
typedef bool Check<T>(T value);
typedef Ints = List<int>;
typedef _Hidden = String;

_Hidden hiddenText() => 'private typedefs stay private';
