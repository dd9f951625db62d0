// Studio's entry: the shell (which loads each widget's form when it is chosen).
import './shell/studio-app.js';
