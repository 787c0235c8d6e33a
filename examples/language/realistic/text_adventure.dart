// A text-adventure command dispatcher: enums with members, maps of handlers,
// string parsing, records and a small world model.

enum Direction {
  north('n'),
  south('s'),
  east('e'),
  west('w');

  const Direction(this.short);
  final String short;

  Direction get opposite => switch (this) {
        north => south,
        south => north,
        east => west,
        west => east,
      };

  static Direction? parse(String word) {
    for (final d in values) {
      if (d.name == word || d.short == word) return d;
    }
    return null;
  }
}

enum Verb { go, take, drop, look, inventory, quit }

class Room {
  final String name;
  final String description;
  final Map<Direction, Room> exits = {};
  final Set<String> items;
  Room(this.name, this.description, [Iterable<String> items = const []]) : items = {...items};

  void connect(Direction d, Room other) {
    exits[d] = other;
    other.exits[d.opposite] = this;
  }

  @override
  String toString() => name;
}

typedef Outcome = ({bool ok, String message});
typedef Handler = Outcome Function(Game game, List<String> args);

class Game {
  Room location;
  final List<String> inventory = [];
  final Map<String, int> stats = {};
  bool over = false;
  int moves = 0;

  Game(this.location);

  static final Map<Verb, Handler> handlers = {
    Verb.go: (g, args) {
      final dir = args.isEmpty ? null : Direction.parse(args.first);
      if (dir == null) return (ok: false, message: 'Go where?');
      final next = g.location.exits[dir];
      if (next == null) return (ok: false, message: 'You cannot go ${dir.name}.');
      g.location = next;
      g.moves++;
      return (ok: true, message: 'You walk ${dir.name} to the ${next.name}.');
    },
    Verb.take: (g, args) {
      final item = args.join(' ');
      if (!g.location.items.remove(item)) {
        return (ok: false, message: "There is no $item here.");
      }
      g.inventory.add(item);
      return (ok: true, message: 'Taken: $item.');
    },
    Verb.drop: (g, args) {
      final item = args.join(' ');
      if (!g.inventory.remove(item)) return (ok: false, message: "You don't have $item.");
      g.location.items.add(item);
      return (ok: true, message: 'Dropped: $item.');
    },
    Verb.look: (g, _) {
      final room = g.location;
      final exits = room.exits.keys.map((d) => d.name).toList()..sort();
      final items = room.items.isEmpty ? 'nothing' : room.items.join(', ');
      return (ok: true, message: '${room.name}: ${room.description} Exits: ${exits.join('/')}. You see $items.');
    },
    Verb.inventory: (g, _) => (
          ok: true,
          message: g.inventory.isEmpty ? 'You carry nothing.' : 'You carry ${g.inventory.length} item(s): ${g.inventory}.'
        ),
    Verb.quit: (g, _) {
      g.over = true;
      return (ok: true, message: 'Bye after ${g.moves} moves.');
    },
  };

  static const aliases = {'get': Verb.take, 'l': Verb.look, 'i': Verb.inventory, 'walk': Verb.go};

  String execute(String line) {
    final words = line.trim().toLowerCase().split(RegExp(r'\s+'));
    if (words case [final first, ...final rest] when first.isNotEmpty) {
      final verb = aliases[first] ?? Verb.values.asNameMap()[first];
      final direction = Direction.parse(first);
      final Outcome result;
      if (verb != null) {
        result = handlers[verb]!(this, rest);
        stats.update(verb.name, (n) => n + 1, ifAbsent: () => 1);
      } else if (direction != null) {
        result = handlers[Verb.go]!(this, [direction.name]);
        stats.update('go', (n) => n + 1, ifAbsent: () => 1);
      } else {
        result = (ok: false, message: "I don't know how to '$first'.");
      }
      return result.ok ? result.message : '! ${result.message}';
    }
    return '! Say something.';
  }
}

void main() {
  final hall = Room('hall', 'A dusty hall.', ['lamp']);
  final library = Room('library', 'Shelves of old books.', ['book', 'brass key']);
  final garden = Room('garden', 'Overgrown and quiet.');
  hall.connect(Direction.north, library);
  hall.connect(Direction.east, garden);

  final game = Game(hall);
  const script = [
    'look',
    'take lamp',
    'take lamp',
    'n',
    'get brass key',
    'i',
    'go west',
    'go',
    'south',
    'walk e',
    'drop lamp',
    'drop sword',
    '   ',
    'dance wildly',
    'LOOK',
    'quit',
  ];
  for (final line in script) {
    print('> ${line.trim()}');
    print(game.execute(line));
    if (game.over) break;
  }
  print(game.stats);
  print(game.location.items);
  print(library.items);
  print(Direction.values.map((d) => '${d.short}->${d.opposite.short}').join(' '));
  print(Verb.values.where((v) => !Game.handlers.containsKey(v)).toList());
  print(Direction.parse('x'));
  print(Enum.compareByIndex(Verb.take, Verb.look) < 0);
  print((Verb.values.toList()..sort(Enum.compareByName)).map((v) => v.name).join(","));
  print(Verb.values.byName('drop').index);
  print(hall.exits);
}
