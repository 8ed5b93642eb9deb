fn main() {
    kapacitetsradar::start();
}
