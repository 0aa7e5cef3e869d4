       05  A  PIC X(3).
       05  B  PIC 9(2) COMP-5.
       05  C  PIC S9(9)V99 COMP-3.
