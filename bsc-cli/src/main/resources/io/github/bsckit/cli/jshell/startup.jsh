import java.time.*;
import java.util.*;
import java.nio.file.*;
import io.github.bsckit.core.*;
import io.github.bsckit.core.model.*;
import io.github.bsckit.core.rules.*;
